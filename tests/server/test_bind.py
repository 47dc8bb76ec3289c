import socket

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from podium.server.bind import ensure_port_free


@pytest.fixture
def taken_port():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_ensure_port_free_taken_port_names_port_and_remedy(taken_port):
    with pytest.raises(CommandError) as caught:
        ensure_port_free("127.0.0.1", taken_port)
    assert str(caught.value) == (
        f"port {taken_port} on 127.0.0.1 is already in use: stop the other server "
        "or choose another port with --port"
    )


def test_ensure_port_free_unknown_address_is_clear_error(taken_port):
    # 192.0.2.1 is no address of this machine (a documentation range): binding fails.
    with pytest.raises(CommandError) as caught:
        ensure_port_free("192.0.2.1", taken_port)
    assert str(caught.value).startswith(f"cannot listen on 192.0.2.1:{taken_port}: ")


def test_ensure_port_free_free_port_passes():
    with socket.socket() as finder:
        finder.bind(("127.0.0.1", 0))
        port = finder.getsockname()[1]
    ensure_port_free("127.0.0.1", port)


def test_serve_taken_port_fails_before_touching_database(taken_port):
    with pytest.raises(CommandError, match="already in use"):
        call_command("serve", "--port", str(taken_port))
