"""Device profiles (data/profiles.yaml): user agent, screen and navigator fields of a payer's phone."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from qraudit.errors import InputError

APPS = ("wechat", "alipay", "browser")
LOCALE = "zh-CN"
TIMEZONE = "Asia/Shanghai"
CLIENT_HINT_PREFIX = "sec-ch-ua"


@dataclass(frozen=True)
class Profile:
    name: str
    app: str  # which in-app stand-ins the page gets
    user_agent: str
    viewport: tuple[int, int]
    device_scale_factor: float
    touch: bool
    navigator: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def context_options(self) -> dict[str, Any]:
        """Keyword arguments for Playwright's `browser.new_context`."""
        width, height = self.viewport
        return {
            "user_agent": self.user_agent,
            "viewport": {"width": width, "height": height},
            "screen": {"width": width, "height": height},
            "device_scale_factor": self.device_scale_factor,
            "is_mobile": True,
            "has_touch": self.touch,
            "locale": LOCALE,
            "timezone_id": TIMEZONE,
            "permissions": [],  # geolocation, notifications, camera...: all denied
            "extra_http_headers": {"Accept-Language": "zh-CN,zh;q=0.9", **self.headers},
        }

    def client_hints(self) -> dict[str, str]:
        """The sec-ch-ua headers the phone sends: from `navigator.ua_data`, none when it is null (Safari)."""
        ua_data = self.navigator.get("ua_data")
        if not ua_data or not ua_data.get("brands"):
            return {}
        return {
            "sec-ch-ua": ", ".join(f'"{brand}";v="{version}"' for brand, version in ua_data["brands"]),
            "sec-ch-ua-mobile": "?1" if ua_data.get("mobile") else "?0",
            "sec-ch-ua-platform": f'"{ua_data.get("platform", "")}"',
        }

    def request_headers(self, headers: dict[str, str], trustworthy: bool = True) -> dict[str, str]:
        """`headers` as the phone would send them: the profile's client hints instead of the browser's.

        Chromium fills the hints with its own brands ("HeadlessChrome" in the headless shell) and sends them
        even for an iPhone profile; Safari/WKWebView sends none. Where the browser sent none (an insecure
        origin), neither would the phone; nor where a redirect leads to one (`trustworthy` False). Every fetch
        of the audit goes through here.
        """
        if not any(is_client_hint(k) for k in headers):
            return headers
        kept = {k: v for k, v in headers.items() if not is_client_hint(k)}
        return {**kept, **self.client_hints()} if trustworthy else kept


def is_client_hint(header: str) -> bool:
    return header.lower().startswith(CLIENT_HINT_PREFIX)


def _profile(name: str, raw: dict[str, Any]) -> Profile:
    where = f"profiles.yaml:{name}"
    try:
        app = str(raw["app"])
        if app not in APPS:
            raise InputError(f"unknown app {app!r}; known: {', '.join(APPS)}", location=where)
        width, height = raw["viewport"]
        return Profile(
            name=name,
            app=app,
            user_agent=" ".join(str(raw["user_agent"]).split()),
            viewport=(int(width), int(height)),
            device_scale_factor=float(raw["device_scale_factor"]),
            touch=bool(raw.get("touch", True)),
            navigator=dict(raw["navigator"]),
            headers={str(k): str(v) for k, v in (raw.get("headers") or {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed profile ({exc})", location=where) from None


@functools.cache
def load_profiles() -> dict[str, Profile]:
    text = resources.files("qraudit.data").joinpath("profiles.yaml").read_text(encoding="utf-8")
    return {name: _profile(name, raw) for name, raw in yaml.safe_load(text).items()}


def get_profile(name: str) -> Profile:
    profiles = load_profiles()
    if name not in profiles:
        raise InputError(f"unknown device profile {name!r}; known: {', '.join(profiles)}")
    return profiles[name]
