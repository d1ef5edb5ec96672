"""The operating system's reasons (English whatever CoSafe speaks) said in the reader's language."""

from __future__ import annotations

import errno
import os
import subprocess

from checks import cosafe_command

from cosafe import catalogues
from cosafe.core.file_errors import os_reason


def test_common_reasons_are_said_in_the_readers_language_and_others_as_the_system_gives_them():
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full) == "the disk is full"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "permission denied"
    with catalogues.speaking("es"):
        assert os_reason(full) == "el disco está lleno"
        assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"  # rare: the system's
    assert os_reason(ValueError("a library's error\nwith a second line")) == "a library's error"


def test_a_sample_written_where_it_cannot_be_is_one_line_in_the_language(tmp_path):
    (tmp_path / "a file").write_text("")
    done = subprocess.run([*cosafe_command(), "--language", "es", "sample", str(tmp_path / "a file" / "p.gpkg")],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == "cosafe: No se escribió el proyecto de ejemplo: parte de la ruta no es una carpeta\n"
