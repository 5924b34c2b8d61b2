"""Which site a URL belongs to, to tell first-party requests from third-party ones."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

# Two-label public suffixes common on Chinese checkout pages; enough to group hosts by site.
_SUFFIXES_2 = frozenset(
    {"com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn", "com.hk", "com.tw", "co.uk", "co.jp", "com.au"}
)


def site_of(url: str) -> str:
    """The registrable domain (eTLD+1) of `url`, an IP address as is, or "" for non-web URLs."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""
    if not host:
        return ""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in _SUFFIXES_2 else 2
    return ".".join(labels[-keep:])


def third_party(url: str, top_url: str) -> bool:
    top = site_of(top_url)
    return bool(top) and site_of(url) != top


def trustworthy_origin(url: str) -> bool:
    """A secure context's origin (https, or loopback): where browsers send client hints."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return False
    if parts.scheme.lower() in ("https", "wss"):
        return True
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
