"""`make bench`: measure podium and write the tables to stdout and docs/benchmarks.md.

Everything runs against a temporary data directory (SQLite) with the default
in-process (locmem) cache, on 127.0.0.1 only. Every loop is bounded in count and time.
"""

import argparse
import datetime as dt
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="event sizes in sessions")
    parser.add_argument("--runs", type=int, default=7, help="cold renders per cell (median)")
    parser.add_argument(
        "--servers",
        default="granian,gunicorn-sync,gunicorn-gthread",
        help="servers measured for memory, and beside nginx besides the default",
    )
    parser.add_argument("--workers", type=int, default=2, help="workers for throughput")
    parser.add_argument("--seconds", type=int, default=3, help="length of one wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="wrk runs per cell (median)")
    parser.add_argument(
        "--parts",
        default="cold,cost,memory,static",
        help="which measurements to run",
    )
    parser.add_argument(
        "--connections", default="16,1000", help="wrk connections of the static part"
    )
    parser.add_argument(
        "--skip", default="", help="comma-separated: postgres (no PostgreSQL + Redis figures)"
    )
    parser.add_argument("--note", default="", help="a sentence added to the report")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--profile", action="store_true", help="profile cold All at 1,000")
    return parser.parse_args(argv)


def prepare_environment(workdir: Path) -> None:
    os.environ["PODIUM_DATA_DIR"] = str(workdir / "data")
    os.environ["PODIUM_SECRET_KEY"] = "benchmark-only-key"
    for name in ("PODIUM_DATABASE_URL", "PODIUM_CACHE_URL", "PODIUM_DEBUG"):
        os.environ.pop(name, None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "podium.settings"
    import django
    from django.core.management import call_command

    (workdir / "data").mkdir()
    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from django.conf import settings

    # The events the benchmark writes are not pre-rendered by the servers it starts
    # (their work would fall into the measurements); benchmarks/change.py turns it on.
    settings.PODIUM_PRERENDER = False


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown CPU"


def write_doc(table: str) -> None:
    text = DOC.read_text() if DOC.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    DOC.write_text(pattern.sub(lambda _: f"{START}\n{table}{END}", text, count=1))


def main(argv=None) -> int:
    options = arguments(argv)
    sizes = [int(size) for size in options.sizes.split(",")]
    load = "/".join(f"{value:.1f}" for value in os.getloadavg())
    workdir = Path(tempfile.mkdtemp(prefix="podium-bench-"))
    try:
        prepare_environment(workdir)
        from benchmarks.suite import run_suite

        results = run_suite(options, sizes, workdir)
        results.environment.update(
            when=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            cpus=os.cpu_count(),
            cpu=cpu_model(),
            workers=options.workers,
            load=load,
            note=options.note,
        )
        from benchmarks.report import render

        table = render(results)
        if getattr(results, "static", None) is not None:
            from benchmarks.static_report import render_static

            after = "/".join(f"{value:.1f}" for value in os.getloadavg())
            table += "\n" + render_static(results.static, f"{load} / {after}")
        print(table)
        if not options.no_write:
            write_doc(table)
            print(f"Written to {DOC.relative_to(ROOT)}.", file=sys.stderr)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
