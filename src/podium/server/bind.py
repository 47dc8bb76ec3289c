"""Check the listening address before doing any work, for a clear error."""

import errno
import socket

from django.core.management.base import CommandError


def ensure_port_free(host: str, port: int) -> None:
    """Fail with a readable message when ``host:port`` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # Same option gunicorn sets, so a port in TIME_WAIT still counts as free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise CommandError(
                    f"port {port} on {host} is already in use: stop the other server "
                    "or choose another port with --port"
                ) from None
            raise CommandError(f"cannot listen on {host}:{port}: {error.strerror}") from None
