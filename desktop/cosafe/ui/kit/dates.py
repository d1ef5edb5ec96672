"""One way to show a date in the window: the locale's short date, with the whole year.

Contract:
- ``date_format()`` is the display format of ``QLocale()`` (the application's locale,
  which follows the computer's language and region): its short date format with a
  four-digit year ("07.12.2026", "12/7/2026", "07/12/2026"). The C locale (no language
  chosen) gets ISO, "2026-12-07", which no reader misreads.
- ``show_date(iso)`` shows a stored ISO date ("2026-12-07", or the date part of a
  timestamp) in that format; None, "" or text that is no date shows ``empty``
  unchanged, so a record from a newer or damaged file is never lost from view.
- ``show_date_time(iso_utc)`` shows a stored UTC timestamp ("2026-12-07T09:30:00Z")
  as that date and the locale's short time in this computer's time zone.
- ``use_date_format(edit)`` makes a ``QDateEdit`` show and take dates in that format.
Stored dates stay ISO: only what is shown follows the locale.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDateEdit

ISO_DATE = "yyyy-MM-dd"


def date_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_DATE
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def show_date(iso: str | None, empty: str = "") -> str:
    if not iso:
        return empty
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    locale = QLocale()
    return locale.toString(date, date_format(locale))


def show_date_time(iso_utc: str | None, empty: str = "") -> str:
    if not iso_utc:
        return empty
    moment = QDateTime.fromString(iso_utc.rstrip("Z")[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso_utc
    moment.setTimeZone(moment.timeZone().utc())
    local = moment.toLocalTime()
    locale = QLocale()
    time_format = "HH:mm" if locale.language() == QLocale.Language.C else locale.timeFormat(
        QLocale.FormatType.ShortFormat)
    return locale.toString(local, f"{date_format(locale)} {time_format}")


def use_date_format(edit: QDateEdit) -> QDateEdit:
    edit.setDisplayFormat(date_format())
    return edit
