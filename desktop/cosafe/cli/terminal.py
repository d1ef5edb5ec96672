"""What the command writes to a terminal cannot drive the terminal.

Names come from files (a project's name and place, layer names, file names, a merged
file's device names) and a crafted name can carry escape sequences that retitle the
terminal, move the cursor or overwrite a line (a fake "nothing merged"), or bidi
overrides that show a name backwards. ``printable(text)`` removes them: C0 and C1
control characters other than newline and tab, DEL, and the Unicode bidi embedding,
override and isolate marks. ``clean_output()`` makes every write to stdout and
stderr go through it while a subcommand runs (JSON output is unaffected: the JSON
encoder already escapes control characters).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import TextIO

_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    return _UNPRINTABLE.sub("", text)


class _CleanStream:
    """A text stream that removes what ``printable`` removes before writing."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str):  # flush, isatty, encoding, fileno …: the wrapped stream's
        return getattr(self._stream, name)


@contextlib.contextmanager
def clean_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    clean = _CleanStream(sys.stdout), _CleanStream(sys.stderr)
    sys.stdout, sys.stderr = clean  # type: ignore[assignment]
    try:
        yield
    finally:  # a stream replaced meanwhile (a closed pipe's stdout sent to devnull) stays replaced
        if sys.stdout is clean[0]:
            sys.stdout = saved[0]
        if sys.stderr is clean[1]:
            sys.stderr = saved[1]
