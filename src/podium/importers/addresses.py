"""Which network addresses podium may connect to when a user names a URL.

A URL given to podium (an import, a mirror, a webhook) must not let its author reach
services that only the machine itself can: the loopback interface, the private network,
or a cloud's metadata service on a link-local address. The host name is resolved once,
every address it resolves to is checked, and the caller connects to those addresses
only, so a name that resolves differently the second time (DNS rebinding) gains nothing.
"""

import ipaddress
import socket
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as ResolveTimeout

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(Exception):
    """A host that resolves to an address podium does not connect to on a user's behalf."""


class ResolveFailed(Exception):
    """A host name that did not resolve, or not in time."""


def refusal(address: Address) -> str | None:
    """Why ``address`` is not a public internet address, or None when it is one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 reaches 127.0.0.1
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_unspecified:
        return "the unspecified address"  # 0.0.0.0 reaches the machine itself
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "a reserved address"
    return None


def resolve(host: str, port: int, *, timeout: float, allow_private: bool = False) -> list:
    """The (family, socket address) pairs to connect to for ``host``, all of them checked.

    Raises :class:`AddressRefused` when any address is refused (unless ``allow_private``)
    and :class:`ResolveFailed` when the name does not resolve within ``timeout`` seconds.
    """
    found = lookup(host, port, timeout)
    targets = []
    for family, _, _, _, sockaddr in found:
        address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        reason = refusal(address)
        if reason and not allow_private:
            if is_literal(host):
                raise AddressRefused(f"{host} is {reason}")
            raise AddressRefused(f"{host} resolves to {address}, {reason}")
        targets.append((family, sockaddr))
    return targets


def is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def lookup(host: str, port: int, timeout: float) -> list:
    # getaddrinfo cannot be interrupted: a worker thread lets the caller stop waiting.
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    pool.shutdown(wait=False)
    try:
        found = future.result(timeout=timeout)
    except ResolveTimeout:
        raise ResolveFailed(f"{host} did not resolve within {timeout:g} seconds") from None
    except (OSError, UnicodeError) as exc:
        raise ResolveFailed(f"{host} does not resolve ({exc.args[-1]})") from None
    if not found:
        raise ResolveFailed(f"{host} does not resolve")
    return found
