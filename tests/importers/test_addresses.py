import ipaddress
import socket

import pytest

from podium.importers.addresses import AddressRefused, refusal, resolve


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("93.184.215.14", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "a loopback address"),
        ("127.255.0.9", "a loopback address"),
        ("::1", "a loopback address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("169.254.169.254", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("0.0.0.0", "the unspecified address"),
        ("::", "the unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("10.0.0.1", "a private address"),
        ("172.16.5.4", "a private address"),
        ("192.168.1.1", "a private address"),
        ("fd00::1", "a private address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("100.64.0.1", "a reserved address"),
    ],
)
def test_refusal_names_what_is_not_public(address, reason):
    assert refusal(ipaddress.ip_address(address)) == reason


def test_resolve_localhost_is_refused():
    with pytest.raises(AddressRefused) as caught:
        resolve("localhost", 80, timeout=5)
    assert str(caught.value).startswith("localhost resolves to ")


def test_resolve_private_allowed_returns_the_addresses_to_connect_to():
    assert resolve("127.0.0.1", 8080, timeout=5, allow_private=True) == [
        (socket.AF_INET, ("127.0.0.1", 8080))
    ]
