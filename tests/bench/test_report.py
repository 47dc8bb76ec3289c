from benchmarks.cold import Cold
from benchmarks.load import Throughput
from benchmarks.report import Results, target_rows


def cold(view: str, sessions: int, ms: float, queries: int) -> Cold:
    return Cold(view, sessions, ms, ms, runs=3, queries=queries, body_bytes=1000)


def test_target_rows_cold_all_over_target_says_missed_by_how_much():
    results = Results(cold=[cold("All", 100, 20, 14), cold("All", 1000, 130, 14)])
    assert target_rows(results)[2:] == [
        "| cold `All`, 1,000 sessions < 100 ms | 130 ms (CPU 130 ms) | **missed** (30 ms over) |",
        "| SQL queries per view constant in size | All 14 | met (same at every size) |",
    ]


def test_target_rows_query_count_growing_says_grows():
    results = Results(cold=[cold("Speakers", 100, 20, 14), cold("Speakers", 1000, 50, 15)])
    assert target_rows(results)[2:] == [
        "| SQL queries per view constant in size | Speakers 14/15 | **missed** (grows) |"
    ]


def test_target_rows_throughput_and_memory_state_the_margin():
    results = Results(
        throughput={"gunicorn-sync": [Throughput("200", 60, 100), Throughput("304", 20, 100)]},
        peak_rss={"gunicorn-sync": 150},
    )
    assert target_rows(results)[2:] == [
        "| cached `All` throughput >= 0.5 x minimal app (gunicorn-sync) | 0.60 x "
        "| met (1.2x the target) |",
        "| `304` throughput >= 0.5 x minimal app (gunicorn-sync) | 0.20 x "
        "| **missed** (30 points short) |",
        "| one worker's peak RSS, 5,000 sessions < 200 MiB | 150 MiB | met (50 MiB under) |",
    ]
