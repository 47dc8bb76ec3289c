"""URL imports: overall deadline, size limit, and which addresses are connected to.

No test sends anything beyond loopback: refused addresses are refused before any
connection, and a "public" host name is answered by a stand-in resolver whose
address the stand-in ``create_connection`` sends to the loopback test server.
"""

import socket

import pytest

from podium.importers.addresses import is_literal
from podium.importers.sessionize import SessionizeError
from podium.importers.source import read_source

REAL_CONNECT = socket.create_connection
PUBLIC = "93.184.215.14"  # a public address; connections to it go to the test server
REFUSED = "podium reads only from public addresses (unless --allow-private-addresses is given)"
HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"


def error_of(url: str, **options) -> str:
    with pytest.raises(SessionizeError) as caught:
        read_source(url, **options)
    return str(caught.value)


class Network:
    """Stand-ins for the resolver and for connecting: names in ``answers`` resolve to
    the listed addresses one call after the other; connections to PUBLIC reach the test
    server; loopback connections go through; anything else fails the test."""

    def __init__(self, server_port: int):
        self.server_port = server_port
        self.answers: dict[str, list[str]] = {}
        self.lookups: list[str] = []
        self.connections: list[tuple[str, int]] = []

    def getaddrinfo(self, host, port, *args, **kwargs):
        if is_literal(host):  # numeric: resolved without asking any server
            return REAL_GETADDRINFO(host, port, *args, **kwargs)
        self.lookups.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        address = self.answers[host].pop(0)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    def create_connection(self, address, timeout=None, *args, **kwargs):
        self.connections.append(address)
        host, port = address
        if host == PUBLIC:
            return REAL_CONNECT(("127.0.0.1", self.server_port), timeout)
        assert host.startswith("127."), f"the test tried to connect to {host}"
        return REAL_CONNECT(address, timeout)


REAL_GETADDRINFO = socket.getaddrinfo


@pytest.fixture
def network(monkeypatch, web):
    stand_in = Network(web.server_address[1])
    monkeypatch.setattr(socket, "getaddrinfo", stand_in.getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", stand_in.create_connection)
    return stand_in


@pytest.mark.parametrize(
    ("response", "at_once"),
    [
        (HEADERS + b"Content-Length: 100\r\n\r\n" + b"[" * 100, b""),  # status line too
        (b"[" * 100, HEADERS + b"Content-Length: 100\r\n\r\n"),  # the body only
    ],
    ids=["headers", "body"],
)
def test_read_source_trickling_server_stops_at_the_deadline(trickle, response, at_once):
    server = trickle(response, interval=0.05, at_once=at_once)
    assert error_of(server.url, allow_private=True, deadline=0.5) == (
        f"{server.url}: not downloaded within 0.5 seconds, "
        "the limit for URL imports (PODIUM_IMPORT_URL_DEADLINE)"
    )


def test_read_source_response_over_the_size_limit_is_an_error(web, settings):
    settings.PODIUM_IMPORT_MAX_MB = 1
    web.files["/All.json"] = b" " * (2**20 + 1)
    url = f"{web.url}/All.json"
    assert error_of(url, allow_private=True) == (
        f"{url}: the response is larger than 1 MB, the import limit (PODIUM_IMPORT_MAX_MB)"
    )


def test_read_source_response_without_length_over_the_size_limit_is_an_error(trickle, settings):
    settings.PODIUM_IMPORT_MAX_MB = 1
    server = trickle(b"", at_once=HEADERS + b"\r\n" + b" " * (2**20 + 1))
    assert error_of(server.url, allow_private=True) == (
        f"{server.url}: the response is larger than 1 MB, the import limit (PODIUM_IMPORT_MAX_MB)"
    )


def test_read_source_response_cut_short_is_an_error(trickle):
    server = trickle(b"", at_once=HEADERS + b"Content-Length: 100\r\n\r\n" + b"{}")
    assert error_of(server.url, allow_private=True) == (
        f"{server.url}: the connection closed 98 bytes before the response's end"
    )


@pytest.mark.parametrize(
    ("url", "refusal"),
    [
        ("http://127.0.0.1:9/All.json", "127.0.0.1 is a loopback address"),
        ("http://[::1]:9/All.json", "::1 is a loopback address"),
        ("http://0.0.0.0/All.json", "0.0.0.0 is the unspecified address"),
        ("http://10.1.2.3/All.json", "10.1.2.3 is a private address"),
        ("https://192.168.0.10/All.json", "192.168.0.10 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://[fe80::1]/All.json", "fe80::1 is a link-local address"),
        ("http://[::ffff:127.0.0.1]/All.json", "::ffff:127.0.0.1 is a loopback address"),
        ("http://100.64.0.1/All.json", "100.64.0.1 is a reserved address"),
    ],
)
def test_read_source_private_address_is_refused(url, refusal):
    assert error_of(url) == f"{url}: refused: {refusal}; {REFUSED}"


def test_read_source_name_resolving_to_a_private_address_is_refused(network):
    network.answers["intranet.example"] = ["10.0.0.7"]
    url = "http://intranet.example/All.json"
    assert error_of(url) == f"{url}: refused: intranet.example resolves to 10.0.0.7, a private " + (
        f"address; {REFUSED}"
    )
    assert network.connections == []


def test_read_source_connects_to_the_address_it_checked(network, web):
    # The name would resolve to loopback the second time (DNS rebinding): it is looked
    # up once, and the connection goes to the address that was checked.
    port = web.server_address[1]
    network.answers["schedule.example"] = [PUBLIC, "127.0.0.1"]
    web.files["/All.json"] = b"{}"
    assert read_source(f"http://schedule.example:{port}/All.json") == b"{}"
    assert network.lookups == ["schedule.example"]
    assert network.connections == [(PUBLIC, port)]
    assert web.requests == [("/All.json", f"schedule.example:{port}")]


@pytest.mark.parametrize(
    ("location", "refusal"),
    [
        ("http://127.0.0.1:{port}/All.json", "127.0.0.1 is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        (
            "http://rebind.example/All.json",
            "rebind.example resolves to 10.9.8.7, a private address",
        ),
    ],
)
def test_read_source_redirect_to_a_private_address_is_refused(network, web, location, refusal):
    port = web.server_address[1]
    network.answers["schedule.example"] = [PUBLIC]
    network.answers["rebind.example"] = ["10.9.8.7"]
    target = location.format(port=port)
    web.redirects["/All.json"] = target
    url = f"http://schedule.example:{port}/All.json"
    assert error_of(url) == f"{url} (redirected to {target}): refused: {refusal}; {REFUSED}"
    assert network.connections == [(PUBLIC, port)]
    assert web.requests == [("/All.json", f"schedule.example:{port}")]


def test_read_source_redirect_to_another_scheme_is_an_error(web):
    web.redirects["/All.json"] = "file:///etc/passwd"
    url = f"{web.url}/All.json"
    assert error_of(url, allow_private=True) == (
        f"{url} (redirected to file:///etc/passwd): only http:// and https:// URLs can be read"
    )


def test_read_source_redirects_are_followed_five_times_at_most(web):
    for hop in range(6):
        web.redirects[f"/{hop}"] = f"/{hop + 1}"
    web.files["/6"] = b"{}"
    assert read_source(f"{web.url}/1", allow_private=True) == b"{}"
    assert error_of(f"{web.url}/0", allow_private=True) == (
        f"{web.url}/0 (redirected to {web.url}/6): more than 5 redirects"
    )
