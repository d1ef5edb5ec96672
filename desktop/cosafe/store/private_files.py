"""Files CoSafe writes are readable by their owner only.

Project files, field copies, backups and exports hold what participants trusted us
with; on a shared laptop, other accounts must not read them.

Contract: ``keep_private(path)`` gives ``path`` the mode 0600 (read and write by its
owner, nothing for anyone else) where the file system has permission bits; on one
without (FAT or exFAT on a USB stick) the file keeps what that file system gives it,
and nothing is raised. Writers call it on their temporary file before moving it into
place, so the final name is never readable by others, not even for a moment.
"""

from __future__ import annotations

import contextlib
import os

OWNER_ONLY = 0o600


def keep_private(path: str) -> None:
    with contextlib.suppress(OSError):  # no permission bits here: nothing to tighten
        os.chmod(path, OWNER_ONLY)
