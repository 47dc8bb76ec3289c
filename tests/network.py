"""Tests reach nothing beyond loopback: any other connection fails before a byte is sent.

Installed for every test by the root conftest, so code that should refuse an address
(importers, webhooks, mirrors) is never able to contact it, even when it is broken.
"""

import ipaddress
import socket

REAL_CONNECT = socket.socket.connect
REAL_CONNECT_EX = socket.socket.connect_ex


def is_loopback(host: str) -> bool:
    host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def refuse_beyond_loopback(sock: socket.socket, address) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not is_loopback(str(address[0])):
        raise AssertionError(f"the test tried to connect to {address[0]}")


def connect(sock: socket.socket, address) -> None:
    refuse_beyond_loopback(sock, address)
    return REAL_CONNECT(sock, address)


def connect_ex(sock: socket.socket, address) -> int:
    refuse_beyond_loopback(sock, address)
    return REAL_CONNECT_EX(sock, address)
