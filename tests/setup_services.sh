#!/usr/bin/env bash
# Installs the system pieces the test suite drives for real: headless Chromium + chromedriver for the
# browser tests, and Debian's Noto fonts (Naskh Arabic, Nastaliq Urdu) so the screenshots show Urdu,
# Arabic and Persian glyphs instead of boxes (the UI ships no font files; it names these system fonts).
# Idempotent; skipped when already present.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if command -v fc-list >/dev/null 2>&1 && ! fc-list | grep -qi "Noto Naskh Arabic"; then need+=(fonts-noto-core); fi
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} (Debian packages) for the browser tests"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "warning: ${need[*]} missing and cannot apt-get install them" >&2
  fi
fi
