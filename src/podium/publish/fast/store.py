"""A thread-safe mapping that keeps its newest entries under a total weight."""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class BoundedStore:
    """Least recently used entries go first once the weights sum above ``limit``.

    ``weigh`` gives an entry's weight: bytes for bodies, 1 to bound a count.
    """

    def __init__(self, limit: int, weigh: Callable[[Any], int]):
        self.limit = limit
        self.weigh = weigh
        self.total = 0
        self.entries: OrderedDict[Hashable, Any] = OrderedDict()
        # gunicorn's gthread workers serve several requests of one process at once.
        self.lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: Any) -> None:
        weight = self.weigh(value)
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.total -= self.weigh(old)
            if weight > self.limit:
                return  # it would evict everything else, and then itself
            self.entries[key] = value
            self.total += weight
            while self.total > self.limit:
                _, evicted = self.entries.popitem(last=False)
                self.total -= self.weigh(evicted)
