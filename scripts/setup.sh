#!/usr/bin/env bash
# Idempotent setup: system pieces (apt when allowed), a .venv with qraudit and its test extras, and a browser.
# Fast the second time: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
VENV=.venv
APT_PACKAGES=(libzbar0 fonts-noto-cjk)
say() { printf 'setup: %s\n' "$*" >&2; }
quietly() {
  # Show a step's output only when it fails (pip's mirror warnings are noise).
  local log; log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then grep -v '^WARNING: Location' "$log" >&2; rm -f "$log"; return 1; fi
  rm -f "$log"
}

have_font() { command -v fc-list >/dev/null && fc-list :lang=zh 2>/dev/null | grep -q .; }
have_zbar() { ldconfig -p 2>/dev/null | grep -q 'libzbar\.so' || ls /usr/lib/*/libzbar.so* >/dev/null 2>&1 || ls /opt/homebrew/lib/libzbar* >/dev/null 2>&1; }
have_system_chromium() { for b in chromium chromium-browser google-chrome google-chrome-stable; do command -v "$b" >/dev/null && return 0; done; return 1; }
have_playwright_chromium() { ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; }
have_headless_shell() {
  command -v chromium-headless-shell >/dev/null || command -v chrome-headless-shell >/dev/null \
    || ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium_headless_shell-*/*/chrome-headless-shell* >/dev/null 2>&1
}

run_apt() {
  # apt only when it exists and we may use it (root, or passwordless sudo).
  command -v apt-get >/dev/null || return 1
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo -n true 2>/dev/null || return 1; sudo="sudo -n"; fi
  if [ ! -f /var/lib/apt/periodic/qraudit-updated ] || [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -print -quit 2>/dev/null)" ]; then
    $sudo apt-get update -qq >&2 && $sudo mkdir -p /var/lib/apt/periodic && $sudo touch /var/lib/apt/periodic/qraudit-updated
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

missing=()
have_zbar || missing+=(libzbar0)
have_font || missing+=(fonts-noto-cjk fontconfig)
# pdftotext reads the PDF reports back in the tests.
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# tests/service run a real Redis for the workers' shared queue.
command -v redis-server >/dev/null || missing+=(redis-server)
# Debian's Chromium is the browser where Playwright cannot download its own.
if [ -z "${QRAUDIT_CHROMIUM:-}" ] && ! have_system_chromium && ! have_playwright_chromium; then
  command -v apt-get >/dev/null && missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  if ! run_apt "${missing[@]}"; then
    say "could not install ${missing[*]} automatically. Run:"
    say "  sudo apt-get install -y ${missing[*]}    (Debian/Ubuntu)"
    say "  brew install zbar                        (macOS; fonts ship with the system)"
  fi
fi
# The headless shell, which audits prefer (capture/browser.py), is optional. Where Playwright has its own
# Chromium it comes first anyway; otherwise Debian's package, when this apt knows it (Ubuntu's does not).
if [ -z "${QRAUDIT_CHROMIUM:-}" ] && ! have_headless_shell && ! have_playwright_chromium \
   && command -v apt-cache >/dev/null && LC_ALL=C apt-cache policy chromium-headless-shell 2>/dev/null | grep 'Candidate: [0-9]' >/dev/null; then
  say "installing the optional chromium-headless-shell"
  run_apt chromium-headless-shell || say "could not install the optional chromium-headless-shell (sudo apt-get install -y chromium-headless-shell); audits use the full Chromium"
fi

stamp="$VENV/.qraudit-installed"
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  "$PY" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing qraudit and its test extras into $VENV"
  quietly "$VENV/bin/python" -m pip install --upgrade pip
  quietly "$VENV/bin/python" -m pip install -e '.[test]'
  # The OCR of phone walks, without the opencv-python it asks for (see pyproject.toml).
  quietly "$VENV/bin/python" -m pip install --no-deps 'rapidocr-onnxruntime==1.4.4'
  echo "$want" > "$stamp"
fi

# A browser: QRAUDIT_CHROMIUM, Playwright's own, or the system's; otherwise ask Playwright for one.
if ! "$VENV/bin/python" -c 'from qraudit.capture.browser import find_browser; find_browser()' 2>/dev/null; then
  say "no Chromium found; trying 'playwright install chromium'"
  "$VENV/bin/python" -m playwright install chromium >&2 || say "could not download Chromium: install your distribution's 'chromium' package or set QRAUDIT_CHROMIUM"
fi
