"""Return the memory of large freed blocks to the system at once (glibc only).

glibc serves a large allocation (a rendered body of several megabytes, a query's rows)
with its own mapping, but after the first one is freed it raises that threshold, up to
32 MiB, and keeps later large blocks in its heap once freed: a worker that rendered the
views of a large event holds their peak long after (measured: 30 MiB more at 5,000
sessions, see docs/benchmarks.md). A fixed threshold keeps the first behaviour; the
cached bodies podium answers from are allocated once, so requests do not pay for it.
"""

import ctypes
import ctypes.util
import sys

# mallopt's parameter number for the mapping threshold (glibc's malloc.h).
M_MMAP_THRESHOLD = -3
# glibc's own starting threshold, kept fixed.
THRESHOLD_BYTES = 128 * 1024


def map_large_blocks() -> bool:
    """Fix glibc's mapping threshold for this process and the workers it forks."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return mallopt(M_MMAP_THRESHOLD, THRESHOLD_BYTES) == 1
