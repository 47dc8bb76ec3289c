"""A circuit breaker: stop calling a service that failed, try it again now and then.

While the service is down, callers skip it at once instead of each waiting for a
timeout; one call per ``retry_seconds`` tries it again. Going down and coming back are
logged once each, not once per call.
"""

import logging
import threading
import time

logger = logging.getLogger("podium.cache")


class CircuitBreaker:
    def __init__(self, service: str, retry_seconds: float):
        self.service = service
        self.retry_seconds = retry_seconds
        self.down = False
        self._next_try = 0.0
        # Guards only the state changes: calls themselves run in parallel.
        self._lock = threading.Lock()

    def allows_call(self) -> bool:
        """True when the service may be called now.

        While down, only the first caller after each ``retry_seconds`` gets True.
        """
        if not self.down:
            return True
        with self._lock:
            now = time.monotonic()
            if not self.down or now >= self._next_try:
                self._next_try = now + self.retry_seconds
                return True
            return False

    def failed(self, error: Exception) -> None:
        with self._lock:
            self._next_try = time.monotonic() + self.retry_seconds
            if self.down:
                return
            self.down = True
        logger.warning(
            "%s unreachable (%s: %s); going on without it, trying again every %g s",
            self.service,
            type(error).__name__,
            error,
            self.retry_seconds,
        )

    def succeeded(self) -> None:
        if not self.down:
            return
        with self._lock:
            if not self.down:
                return
            self.down = False
        logger.warning("%s reachable again", self.service)
