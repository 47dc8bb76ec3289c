"""Public URLs of an endpoint's views, and code that reads them."""

from podium.publish.listing import frab_urls, view_urls
from podium.publish.models import Endpoint


def endpoint_view_urls(request, endpoint: Endpoint) -> list[tuple[str, str]]:
    """(canonical view, full URL) of every view the endpoint's format answers."""
    return view_urls(endpoint, base_url=request.build_absolute_uri("/"))


def endpoint_schedule_urls(request, endpoint: Endpoint) -> list[tuple[str, str]]:
    """(label, full URL) of the frab schedules every endpoint also serves."""
    return frab_urls(endpoint, base_url=request.build_absolute_uri("/"))


def examples(url: str, fmt: str) -> dict[str, str]:
    """Ready-to-paste code that reads ``url``: curl, JavaScript fetch, Python."""
    if fmt == "json":
        js_read, py_read = "response.json()", "json.load(response)"
        py_import = "import json\nimport urllib.request"
    else:
        js_read, py_read = "response.text()", 'response.read().decode("utf-8")'
        py_import = "import urllib.request"
    return {
        "curl": f"curl --compressed '{url}'",
        "JavaScript": (
            f'const response = await fetch("{url}");\n'
            f"const data = await {js_read};\n"
            "console.log(data);"
        ),
        "Python": (
            f"{py_import}\n\n"
            f'with urllib.request.urlopen("{url}") as response:\n'
            f"    data = {py_read}\n"
            "print(data)"
        ),
    }
