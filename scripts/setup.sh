#!/usr/bin/env bash
# Set up everything CoSafe needs on Debian/Ubuntu with Python 3.11+: the system
# libraries Qt needs (installed with apt-get when missing and we are root), the
# cross-check tools (GDAL, poppler), a virtual environment in .venv, and the
# package with its test extra. Safe to run again: it skips what is done.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${COSAFE_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

SYSTEM_PACKAGES=(
  # Qt (offscreen and X11)
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-render0 libxcb-util1 libxcb-randr0
  libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libx11-xcb1
  # fonts for the UI and reports; cross-check tools for tests
  fonts-dejavu-core gdal-bin poppler-utils osmium-tool libimage-exiftool-perl
  # the browser the room's phone page is tested in, headless (tests/room/test_room_page_browser.py)
  chromium chromium-driver
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
fi
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=("python3-venv")
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages with sudo: ${missing[*]}"
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install these system packages first: ${missing[*]}" >&2
    exit 1
  fi
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: CoSafe needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)" >&2
  exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when the package's requirements changed.
stamp="$VENV/.cosafe-installed"
wanted="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "setup: installing CoSafe and its dependencies into $VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test]"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "gdal-utils>=3.6"
  echo "$wanted" > "$stamp"
fi

# Paper sheets read photos with OpenCV's headless build (a pyproject dependency); a full
# opencv-python installed by something else would pull in GUI libraries and shadow it.
if ! "$VENV/bin/python" -c 'import cv2, segno; cv2.aruco.ArucoDetector; cv2.QRCodeDetector' >/dev/null 2>&1; then
  echo "setup: OpenCV (opencv-python-headless) with ArUco and QR codes, or segno, is missing in $VENV" >&2
  exit 1
fi
