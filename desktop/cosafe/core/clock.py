"""Timestamps and identifiers shared by every record.

Timestamps are ISO 8601 UTC strings with milliseconds (``2026-11-23T10:15:00.000Z``),
the DATETIME format the GeoPackage standard prescribes, so they sort as text.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone


def utc_now() -> str:
    """Return the current UTC time in GeoPackage DATETIME format."""
    return format_timestamp(datetime.now(timezone.utc))


def format_timestamp(moment: datetime) -> str:
    """Format an aware datetime as a GeoPackage DATETIME string (UTC)."""
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def new_uuid() -> str:
    """Return a random UUID as text, the identity every record carries."""
    return str(uuid.uuid4())
