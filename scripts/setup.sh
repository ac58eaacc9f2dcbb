#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium (for the end-to-end tests) and the npm
# packages from the lock file. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
	echo "Installing Debian's chromium (end-to-end tests)…"
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
