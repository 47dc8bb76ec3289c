"""Podium's benchmark suite: `make bench` (see docs/benchmarks.md)."""
