"""The markdown tables of a benchmark run, with each target met or missed."""

import platform
from dataclasses import dataclass, field

from benchmarks.cold import Cold
from benchmarks.load import Throughput

COLD_ALL_MS = 100
RATIO = 0.5
RSS_MIB = 200


@dataclass
class Results:
    environment: dict = field(default_factory=dict)
    cold: list[Cold] = field(default_factory=list)
    throughput: dict[str, list[Throughput]] = field(default_factory=dict)
    peak_rss: dict[str, float] = field(default_factory=dict)
    request_cpu_ms: dict[str, float] = field(default_factory=dict)
    main_server: str = "gunicorn-sync"
    throughput_sessions: int = 1000
    rss_sessions: int = 5000


def verdict(met: bool, margin: str) -> str:
    return f"met ({margin})" if met else f"**missed** ({margin})"


def target_rows(results: Results) -> list[str]:
    rows = []
    cold_all = [c for c in results.cold if c.view == "All" and c.sessions == 1000]
    if cold_all:
        ms = cold_all[0].median_ms
        margin = f"{abs(COLD_ALL_MS - ms):.0f} ms {'under' if ms < COLD_ALL_MS else 'over'}"
        rows.append(
            f"| cold `All`, 1,000 sessions < {COLD_ALL_MS} ms | {ms:.0f} ms "
            f"(CPU {cold_all[0].cpu_ms:.0f} ms) | "
            f"{verdict(ms < COLD_ALL_MS, margin)} |"
        )
    by_view = {}
    for cold in results.cold:
        by_view.setdefault(cold.view, set()).add(cold.queries)
    if by_view:
        constant = all(len(counts) == 1 for counts in by_view.values())
        counts = ", ".join(f"{v} {'/'.join(map(str, sorted(c)))}" for v, c in by_view.items())
        rows.append(
            f"| SQL queries per view constant in size | {counts} | "
            f"{verdict(constant, 'same at every size' if constant else 'grows')} |"
        )
    labels = {"200": "cached `All`", "200 gzip": "cached `All`, gzip", "304": "`304`"}
    for kind, label in labels.items():
        found = [t for t in results.throughput.get(results.main_server, []) if t.kind == kind]
        if found:
            ratio = found[0].ratio
            margin = (
                f"{ratio / RATIO:.1f}x the target"
                if ratio >= RATIO
                else (f"{(RATIO - ratio) * 100:.0f} points short")
            )
            rows.append(
                f"| {label} throughput >= {RATIO} x minimal app ({results.main_server}) "
                f"| {ratio:.2f} x | {verdict(ratio >= RATIO, margin)} |"
            )
    if results.main_server in results.peak_rss:
        mib = results.peak_rss[results.main_server]
        margin = f"{abs(RSS_MIB - mib):.0f} MiB {'under' if mib < RSS_MIB else 'over'}"
        rows.append(
            f"| one worker's peak RSS, {results.rss_sessions:,} sessions < {RSS_MIB} MiB "
            f"| {mib:.0f} MiB | {verdict(mib < RSS_MIB, margin)} |"
        )
    return ["| target | measured | result |", "|---|---|---|", *rows]


def static_target_rows(results: Results) -> list[str]:
    """The targets of podium beside nginx (benchmarks/static_report.py), when measured."""
    static = getattr(results, "static", None)
    if static is None:
        return []
    from benchmarks.static_report import target_rows as rows_beside_nginx

    return rows_beside_nginx(static)[2:]


def cold_rows(results: Results) -> list[str]:
    sizes = sorted({c.sessions for c in results.cold})
    views = list(dict.fromkeys(c.view for c in results.cold))
    cell = {(c.view, c.sessions): c for c in results.cold}
    head = "| view | " + " | ".join(f"{s:,} sessions" for s in sizes) + " | SQL queries |"
    rows = [head, "|---" * (len(sizes) + 2) + "|"]
    for view in views:
        found = [cell[(view, s)] for s in sizes if (view, s) in cell]
        times = " | ".join(
            f"{c.median_ms:.0f} ms (CPU {c.cpu_ms:.0f}; {c.body_bytes / 1e6:.2f} MB)" for c in found
        )
        queries = "/".join(str(q) for q in dict.fromkeys(c.queries for c in found))
        rows.append(f"| {view} | {times} | {queries} |")
    return rows


def throughput_rows(results: Results) -> list[str]:
    rows = [
        "| server | response | podium req/s | minimal app req/s | ratio |",
        "|---|---|---|---|---|",
    ]
    for server, found in results.throughput.items():
        for t in found:
            rows.append(
                f"| {server} | {t.kind} | {t.podium:,.0f} | {t.minimal:,.0f} | {t.ratio:.2f} |"
            )
    return rows


def rss_rows(results: Results) -> list[str]:
    rows = ["| server | peak RSS (VmHWM) of the one worker |", "|---|---|"]
    rows += [f"| {server} | {mib:.0f} MiB |" for server, mib in results.peak_rss.items()]
    return rows


def render(results: Results) -> str:
    env = results.environment
    lines = [
        f"Run {env.get('when', '')} on {platform.machine()}, {env.get('cpus')} CPUs "
        f"({env.get('cpu', 'unknown CPU')}), Python {platform.python_version()}, "
        f"SQLite in a temporary PODIUM_DATA_DIR, the default locmem cache; load average "
        f"{env.get('load', '?')} at the start. {env.get('note', '')}",
        "",
        "### Targets",
        "",
        *target_rows(results),
        *static_target_rows(results),
    ]
    if results.cold:
        lines += [
            "",
            "### Cold render (in process, cache empty; median wall ms, CPU ms, body size)",
            "",
            *cold_rows(results),
        ]
    if results.throughput:
        lines += [
            "",
            f"### Warm throughput, cached `All` of {results.throughput_sessions:,} "
            f"sessions (wrk, 127.0.0.1, {env.get('workers')} workers)",
            "",
            *throughput_rows(results),
        ]
    if results.request_cpu_ms:
        lines += [
            "",
            "### CPU per cached request of `All`, in process (no server; median ms)",
            "",
            "| request | " + " | ".join(results.request_cpu_ms) + " |",
            "|---" * (len(results.request_cpu_ms) + 1) + "|",
            "| CPU ms | "
            + " | ".join(f"{ms:.2f}" for ms in results.request_cpu_ms.values())
            + " |",
        ]
    if results.peak_rss:
        lines += [
            "",
            f"### Peak memory, one worker, every view of {results.rss_sessions:,} sessions",
            "",
            *rss_rows(results),
        ]
    return "\n".join(lines) + "\n"
