"""The safety policy for untrusted URLs: only http(s), and never an internal address after DNS resolution."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from qraudit.capture.options import CaptureOptions

WEB_SCHEMES = ("http", "https")
# IPv4 ranges Python's ipaddress does not flag as private/reserved but which are not the public internet.
_EXTRA_BLOCKED = tuple(ipaddress.ip_network(n) for n in ("100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "0.0.0.0/8"))
DNS_TIMEOUT_S = 5.0


def address_problem(ip: str) -> str | None:
    """Why this address may not be contacted, or None for a public unicast address."""
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_loopback:
        return "loopback address"
    if addr.is_link_local:
        return "link-local address"
    if addr.is_multicast:
        return "multicast address"
    if isinstance(addr, ipaddress.IPv4Address) and any(addr in net for net in _EXTRA_BLOCKED):
        return "shared (CGNAT) or special-purpose address"
    if addr.is_private:
        return "private address"
    if addr.is_reserved or addr.is_unspecified or not addr.is_global:
        return "reserved address"
    return None


@dataclass
class Guard:
    """Checks URLs against the policy; caches DNS answers for the life of one audit."""

    options: CaptureOptions
    _dns: dict[str, list[str]] = field(default_factory=dict)
    _approved: dict[str, tuple[str, ...]] = field(default_factory=dict)  # host -> what fetches dial (egress.py)

    def pinned(self, host: str) -> tuple[str, ...]:
        """The addresses approved for `host`, in resolver order; empty when the guard never let it through."""
        return self._approved.get(host.rstrip(".").lower(), ())

    def scheme_problem(self, url: str) -> str | None:
        scheme = urlsplit(url).scheme.lower()
        return None if scheme in WEB_SCHEMES else f"scheme {scheme or '(none)'}: is not http or https"

    async def problem(self, url: str) -> str | None:
        """None when `url` may be fetched, else a short reason (used for logs and Snapshot.error)."""
        bad_scheme = self.scheme_problem(url)
        if bad_scheme:
            return bad_scheme
        try:
            host = urlsplit(url).hostname
        except ValueError as exc:
            return f"malformed URL ({exc})"
        if not host:
            return "URL has no host"
        host = host.rstrip(".").lower()
        try:
            addresses = await self._resolve(host)
        except OSError as exc:
            return f"host {host} does not resolve ({exc.strerror or exc})"
        except TimeoutError:
            return f"host {host} does not resolve (DNS timeout)"
        if not addresses:
            return f"host {host} does not resolve"
        if not (self.options.allow_private_network or host in self.options.allow_hosts):
            for ip in addresses:  # every answer must be public: a mixed answer is a rebinding trick
                reason = address_problem(ip)
                if reason:
                    return f"{host} is a {reason}" if ip == host else f"{host} resolves to {ip}, a {reason}"
        self._approved.setdefault(host, tuple(addresses))  # the answer checked first is the one dialled, always
        return None

    async def _resolve(self, host: str) -> list[str]:
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        if host not in self._dns:
            loop = asyncio.get_running_loop()
            infos = await asyncio.wait_for(loop.getaddrinfo(host, None, type=socket.SOCK_STREAM), timeout=DNS_TIMEOUT_S)
            self._dns[host] = list(dict.fromkeys(str(info[4][0]) for info in infos))  # resolver order: preference
        return self._dns[host]
