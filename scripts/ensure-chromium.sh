#!/usr/bin/env bash
# The dashboard's browser test (test/e2e) drives Debian's Chromium through playwright-core, which
# never downloads a browser of its own. `pnpm test` runs this first so the README's test command
# stays the only set-up on a fresh machine: Chromium is installed from Debian's packages when it is
# missing and this user may (root, or sudo without a password); otherwise it says what to do.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "Chromium is missing at $browser and this user cannot install it." >&2
  echo "Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null; then
  echo "Chromium is missing at $browser and there is no apt-get here: install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi

echo "Installing Debian's chromium for the dashboard's browser test..." >&2
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet; update only when the first try cannot find it.
$sudo apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
  { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends chromium >/dev/null; }
"$browser" --version >&2
