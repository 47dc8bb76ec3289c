"""The tables of ``--parts static``: podium beside nginx, the targets, what follows a change."""

from benchmarks.report import verdict
from benchmarks.static import MANY, NGINX, PODIUM, POSTGRES, SHIPPED_NGINX, StaticResults

# The least share of nginx's rate the default `podium serve` reaches, per request kind.
PODIUM_TARGETS = {"304": 0.2, "gzip": 0.5, "identity": 0.7}
POSTGRES_SHARE = 0.8  # of the SQLite figures
SHIPPED_SHARE = 0.9  # nginx with podium's configuration, of nginx alone
FIRST_REQUEST_MS = 100
NGINX_CHANGE_MS = 1000


def ratio(rates: dict, name: str, of: str = NGINX) -> float | None:
    if name not in rates or not rates.get(of):
        return None
    return rates[name] / rates[of]


def share_row(label: str, found: dict, floor: float) -> str:
    """One target row: the worst of ``found`` ({where: ratio}) against ``floor``."""
    if not found:
        return f"| {label} | not measured | - |"
    cells = ", ".join(f"{where}: {value:.2f}" for where, value in found.items())
    worst = min(found.values())
    margin = f"lowest {worst:.2f}" + ("" if worst >= floor else f", {floor - worst:.2f} short")
    return f"| {label} | {cells} | {verdict(worst >= floor, margin)} |"


def target_rows(results: StaticResults) -> list[str]:
    rows = ["| target | measured (ratio) | result |", "|---|---|---|"]
    few = {key: rates for key, rates in results.rates.items() if key[1] < MANY}
    for kind, floor in PODIUM_TARGETS.items():
        found = {
            f"{size:,}": ratio(rates, PODIUM)
            for (size, _, k), rates in few.items()
            if k == kind and ratio(rates, PODIUM) is not None
        }
        rows.append(share_row(f"`podium serve`, cached {kind} >= {floor} x nginx", found, floor))
    found = {
        f"{size:,} {kind}": ratio(rates, POSTGRES, of=PODIUM)
        for (size, _, kind), rates in few.items()
        if ratio(rates, POSTGRES, of=PODIUM) is not None
    }
    label = f"PostgreSQL + Redis >= {POSTGRES_SHARE} x the SQLite figures"
    if results.postgres_skipped:
        rows.append(f"| {label} | not measured: {results.postgres_skipped} | - |")
    else:
        rows.append(share_row(label, found, POSTGRES_SHARE))
    found = {
        f"{size:,} {kind} c{connections}": ratio(rates, SHIPPED_NGINX)
        for (size, connections, kind), rates in results.rates.items()
        if ratio(rates, SHIPPED_NGINX) is not None
    }
    rows.append(share_row(f"shipped nginx config >= {SHIPPED_SHARE} x nginx", found, SHIPPED_SHARE))
    changes = results.changes
    if changes is not None:
        largest = max(changes.nginx_ms, default=None)
        if largest is not None:
            ms = changes.nginx_ms[largest]
            met = ms < NGINX_CHANGE_MS
            spare = abs(NGINX_CHANGE_MS - ms)
            margin = f"{spare:.0f} ms to spare" if met else f"{spare:.0f} ms over"
            rows.append(
                f"| a committed change served by nginx < {NGINX_CHANGE_MS} ms "
                f"| {ms:.0f} ms ({largest:,} sessions) | {verdict(met, margin)} |"
            )
        rows += first_request_rows(changes)
    return rows


def first_request_rows(changes) -> list[str]:
    rows = []
    for size in (1000,):
        in_request = {e: ms for (s, e), ms in changes.rendered_in_request_ms.items() if s == size}
        ahead = {e: ms for (s, e), ms in changes.prerendered_ms.items() if s == size}
        if not in_request:
            continue
        worst_ahead = max(ahead.values(), default=float("inf"))
        worst = max(in_request.values())
        met = worst < FIRST_REQUEST_MS or worst_ahead < FIRST_REQUEST_MS
        cells = ", ".join(f"{e} {ms:.0f} ms" for e, ms in in_request.items())
        if ahead:
            cells += "; once pre-rendered: " + ", ".join(
                f"{e} {ms:.0f} ms" for e, ms in ahead.items()
            )
        margin = (
            "rendered in the request"
            if worst < FIRST_REQUEST_MS
            else ("already rendered" if met else f"{worst - FIRST_REQUEST_MS:.0f} ms over")
        )
        rows.append(
            f"| first request after a change, {size:,} sessions < {FIRST_REQUEST_MS} ms "
            f"(or already rendered) | {cells} | {verdict(met, margin)} |"
        )
    return rows


def rate_rows(results: StaticResults) -> list[str]:
    others = [name for name in results.columns if name != NGINX]
    head = "| sessions | connections | request | nginx | " + " | ".join(others) + " |"
    rows = [head, "|---" * (4 + len(others)) + "|"]
    for (size, connections, kind), rates in results.rates.items():
        cells = [
            f"{rates[name]:,.0f} ({rates[name] / rates[NGINX]:.2f})"
            if name in rates and rates.get(NGINX)
            else "-"
            for name in others
        ]
        rows.append(
            f"| {size:,} | {connections} | {kind} | {rates.get(NGINX, 0):,.0f} | "
            + " | ".join(cells)
            + " |"
        )
    return rows


def change_lines(changes) -> list[str]:
    lines = []
    for (size, encoding), ms in changes.rendered_in_request_ms.items():
        ahead = changes.prerendered_ms.get((size, encoding))
        ahead_text = f"; once the queue has pre-rendered it: {ahead:.0f} ms" if ahead else ""
        lines.append(
            f"- {size:,} sessions, {encoding}: rendered in the request {ms:.0f} ms{ahead_text}"
        )
    for size, ms in changes.nginx_ms.items():
        lines.append(f"- {size:,} sessions: from the commit to nginx serving it, {ms:.0f} ms")
    return lines


def render_static(results: StaticResults, load: str) -> str:
    lines = [
        "### podium beside nginx serving the same bytes",
        "",
        f"Load average before and after: {load}. `podium serve` runs its default server "
        f"({results.default_server}). Requests per second of `All` (median of rounds, "
        "wrk -t2, keep-alive), in brackets the ratio to nginx serving the files alone.",
        "",
        *rate_rows(results),
    ]
    if results.changes is not None:
        lines += [
            "",
            "#### After a committed change, over HTTP",
            "",
            *change_lines(results.changes),
        ]
    return "\n".join(lines) + "\n"
