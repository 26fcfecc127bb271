#!/usr/bin/env bash
# Installs what the tests need from Debian: chromium (playwright-core cannot download its own
# browser here), a CJK font (without it pages and renders show empty boxes), and for the
# fidelity corpus LibreOffice driven over UNO, openpyxl and poppler (renders to PNG).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
/usr/bin/python3 -c 'import uno' 2>/dev/null || need+=(python3-uno)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need+=(python3-openpyxl)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need[@]}"
