"""A TCP listener on 127.0.0.1 that records every connection made to it, and crafted files
that point GDAL at it.

The listener runs in a process of its own, not a thread: GDAL keeps Python's GIL while curl
waits for an answer, so a thread of the test's process could never answer, and the old code
would hang instead of failing. It answers every request "404 Not Found" and closes.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

_SERVER = r"""
import socket, sys
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(64)
print(server.getsockname()[1], flush=True)
while True:
    connection, _ = server.accept()
    connection.settimeout(2)
    try:
        request = connection.recv(4096)
    except OSError:
        request = b""
    print("CONNECTION", request[:120], flush=True)
    try:
        connection.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
    except OSError:
        pass
    connection.close()
"""


class Listener:
    """Start with ``Listener()``; ``connections()`` stops it and returns what reached it."""

    def __init__(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-c", _SERVER], stdout=subprocess.PIPE, text=True)
        self.port = int(self._process.stdout.readline())
        self.address = f"127.0.0.1:{self.port}"
        # Prove it counts: one connection of our own, seen before the test starts.
        socket.create_connection(("127.0.0.1", self.port), timeout=5).close()
        assert self._process.stdout.readline().startswith("CONNECTION")

    def connections(self) -> list[str]:
        """Every connection since the self-check, each with the start of its request."""
        self._process.terminate()
        output, _ = self._process.communicate(timeout=10)
        return [line for line in output.splitlines() if line.startswith("CONNECTION")]

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate(timeout=10)


def vrt(folder: Path, name: str, source: str) -> Path:
    """A GDAL virtual layer (VRT) named ``name`` whose data is ``source``."""
    path = folder / name
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<!-- roads of the old town -->\n'
                    f'<OGRVRTDataSource>\n  <OGRVRTLayer name="roads">\n    <SrcDataSource>{source}</SrcDataSource>\n'
                    '  </OGRVRTLayer>\n</OGRVRTDataSource>\n', encoding="utf-8")
    return path


def gdalg(folder: Path, name: str, source: str) -> Path:
    """A GDAL pipeline (GDALG) named ``name`` that reads ``source``."""
    path = folder / name
    path.write_text('{"type": "gdal_streamed_alg", "command_line": '
                    f'"gdal vector pipeline ! read {source} ! write --of stream streamed_dataset"}}', encoding="utf-8")
    return path
