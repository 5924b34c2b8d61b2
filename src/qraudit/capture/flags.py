"""Chromium command-line switches: the lean set every qraudit Chromium gets, and the network lock for audits."""

from __future__ import annotations

# Playwright's own `--disable-features` list for the pinned version (1.65.2, chromiumSwitches.ts). Chromium
# honours only the last `--disable-features` switch and Playwright puts its list first, so a list of ours
# must carry Playwright's too. tests/capture/test_flags.py reads the running browser's command line
# (through CDP) and fails when Playwright disables a feature that this list lacks.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "LensOverlay",
    "MediaRouter",
    "PaintHolding",
    "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin",
    "OptimizationHints",
    "NetworkTimeServiceQuerying",
    "AimEnabled",
    "PreconnectToSearch",
    "msForceBrowserSignIn",
    "msEdgeUpdateLaunchServicesPreferredVersion",
)

# A full Chromium in headless mode still builds a browser window for every new page, and that window
# preloads the omnibox pop-up as a WebUI page in a renderer of its own: about 0.65 CPU-s per audit, more
# than the audit's own pages, for a pop-up nobody can open. (Playwright's headless shell has no omnibox.)
HEADLESS_UI_FEATURES = (
    "WebUIOmniboxPopup",
    "WebUIOmniboxFullPopup",
    "WebUIOmniboxAimPopup",
)

# For every Chromium qraudit launches: audits, and printing reports.
LEAN_ARGS = (
    "--disable-quic",
    "--disable-features=" + ",".join(PLAYWRIGHT_DISABLED_FEATURES + HEADLESS_UI_FEATURES),
)

# For audits: a dead proxy for any context without a proxy of its own, so that nothing the route does not
# answer (see network.py) leaves the machine; audit contexts use their egress proxy (egress.py), which refuses
# the browser's own connections just as well. Loopback is not bypassed. WebRTC may not send UDP around it.
AUDIT_ARGS = LEAN_ARGS + (
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--disable-background-networking",
    "--no-pings",
)
