"""An overall time limit for a download, however slowly the server sends its bytes.

A socket timeout only bounds each read: a server sending one byte every few seconds
would keep the download going for ever. When the time is up, the watched sockets are
shut down, which ends any read blocked on them at once.
"""

import contextlib
import socket
import threading
import time


class DeadlinePassed(Exception):
    pass


class Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self.watched: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self.expire)
        self.timer.daemon = True
        self.timer.start()

    def remaining(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0 or self.expired:
            raise DeadlinePassed
        return left

    def watch(self, sock: socket.socket) -> None:
        # A duplicate descriptor stays valid when TLS takes the socket over; shutting
        # it down ends the connection for every descriptor of it.
        with self.lock:
            self.watched.append(sock.dup())
            if self.expired:
                raise DeadlinePassed

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.watched:
                with contextlib.suppress(OSError):  # already closed by the other side
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.timer.cancel()
        with self.lock:
            for sock in self.watched:
                sock.close()
            self.watched.clear()
