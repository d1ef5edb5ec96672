"""The room's window tests use the room's test project (tests/room/room_support.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "room"))
