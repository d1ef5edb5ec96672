#!/usr/bin/env bash
# Set up CoSafe (see setup.sh) and run the whole test suite, headless.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$ROOT/.venv/bin/python" -m pytest -p no:cacheprovider -n "${COSAFE_TEST_WORKERS:-2}" "$@"
