"""Why a file could not be read or written, in the reader's language.

The operating system words its reasons in English ("Permission denied", "No space left
on device") whatever CoSafe speaks, and they end up inside translated sentences
("No se escribió el plan: Permission denied").

Contract: ``os_reason(error)`` is a short phrase in the reader's language (context
"FileErrors") for the common reasons, by ``errno``: no permission, disk full, read-only
disk, not found, already there, a folder where a file was meant (and the reverse),
name too long, file in use. Any other OSError gives the system's own ``strerror``; an
error without one (or not an OSError) its first line.
"""

from __future__ import annotations

import errno

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate

_WORDS = (
    (("EACCES", "EPERM"), QT_TRANSLATE_NOOP("FileErrors", "permission denied")),
    (("ENOSPC", "EDQUOT"), QT_TRANSLATE_NOOP("FileErrors", "the disk is full")),
    (("EROFS",), QT_TRANSLATE_NOOP("FileErrors", "the disk is read-only")),
    (("ENOENT",), QT_TRANSLATE_NOOP("FileErrors", "no such file or folder")),
    (("EEXIST",), QT_TRANSLATE_NOOP("FileErrors", "it already exists")),
    (("EISDIR",), QT_TRANSLATE_NOOP("FileErrors", "it is a folder")),
    (("ENOTDIR",), QT_TRANSLATE_NOOP("FileErrors", "part of the path is not a folder")),
    (("ENAMETOOLONG",), QT_TRANSLATE_NOOP("FileErrors", "the name is too long")),
    (("EBUSY", "ETXTBSY"), QT_TRANSLATE_NOOP("FileErrors", "the file is in use")),
)
# By number; a name this system's errno does not define (Windows has fewer) is left out.
_REASONS = {getattr(errno, name): words for names, words in _WORDS for name in names if hasattr(errno, name)}


def os_reason(error: BaseException) -> str:
    """The reason ``error`` gives, as a phrase in the reader's language where it is a common one."""
    code = getattr(error, "errno", None)
    if code in _REASONS:
        return translate("FileErrors", _REASONS[code])
    reason = getattr(error, "strerror", None)
    if reason:
        return str(reason)
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
