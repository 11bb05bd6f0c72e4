#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; nothing here downloads a browser build of its own.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
echo "› Chromium not found at $chromium: installing Debian's package" >&2
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >&2
