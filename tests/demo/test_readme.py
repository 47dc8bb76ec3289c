"""The README points to every format of the demo event."""

from pathlib import Path

from podium.demo.endpoints import DEMO_ENDPOINTS, frab_urls

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_links_every_demo_format():
    text = README.read_text(encoding="utf-8")
    wanted = [f"http://127.0.0.1:8000/api/v2/{d.id}/view/{d.views[0]}" for d in DEMO_ENDPOINTS]
    wanted += frab_urls("http://127.0.0.1:8000")
    assert [url for url in wanted if url not in text] == []
    assert "(docs/formats.md)" in text
    assert "http://127.0.0.1:8000/embed/demoembed/GridSmart" in text
    assert "(docs/embeds.md)" in text
