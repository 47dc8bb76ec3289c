"""Synthetic events for the benchmark suite and for tests that need size."""
