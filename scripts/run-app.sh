#!/usr/bin/env bash
# Set up CoSafe (see setup.sh) and open it on the bundled sample project.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-app: no display found (DISPLAY is not set). On a machine without a screen, try:" >&2
  echo "  xvfb-run -a bash scripts/run-app.sh" >&2
  exit 1
fi
# Work on a copy, so the bundled sample stays as shipped.
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/cosafe"
mkdir -p "$data_dir"
copy="$data_dir/riverside-sample.gpkg"
[ -f "$copy" ] || cp "$ROOT/sample_projects/riverside.gpkg" "$copy"
exec "$ROOT/.venv/bin/cosafe" "$copy" "$@"
