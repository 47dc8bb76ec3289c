import socket

import pytest


@pytest.mark.parametrize("address", ["192.0.2.1", "169.254.169.254", "10.0.0.1"])
def test_connection_beyond_loopback_is_refused_before_sending(address):
    with pytest.raises(AssertionError, match=f"the test tried to connect to {address}"):
        socket.create_connection((address, 80), timeout=0.01)


def test_connection_to_ipv6_beyond_loopback_is_refused():
    with socket.socket(socket.AF_INET6) as sock, pytest.raises(AssertionError):
        sock.connect_ex(("2001:db8::1", 80, 0, 0))


def test_connection_to_loopback_is_allowed():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
