"""The room's HTTP server: uvicorn on one chosen address of the laptop.

Contract:
- ``listening_socket(host, port)`` binds a listening socket on exactly ``host`` (an IP
  address of this computer, or ``localhost``) and ``port`` (0: any free port), before
  anything is served, so a wrong address or a port in use is known at once. It refuses
  an address that means "every network" (0.0.0.0, ::): the room listens only on the
  network the facilitator chose. Failures raise ``ListenError`` with one line.
- ``room_url(sock, code)`` is the address people type or scan:
  ``http://192.168.4.1:8765/?code=K7P2Q9`` (an IPv6 address in brackets).
- ``serve_room(asgi, sock)`` serves a ``RoomApp``'s ``asgi`` on ``sock`` until Ctrl-C; it
  blocks. ``room_server(asgi)`` is the uvicorn server itself, for a caller that runs it
  in a thread of its own and stops it by setting ``should_exit``. Uvicorn writes no
  access log and no Server header: the room keeps no record of who asked for what.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from typing import Any

from cosafe.core.file_errors import os_reason
from cosafe.core.i18n import arg
from cosafe.room.words import Room


class ListenError(Exception):
    """The room cannot listen where it was asked to; the message is one line."""


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    text = host.strip()
    if text.lower() == "localhost":
        text = "127.0.0.1"
    try:
        address = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        raise ListenError(arg(Room.tr("“%1” is not an IP address; give the address of this computer on the "
                                      "phones' network, e.g. 192.168.4.1."), host)) from None
    if address.is_unspecified:
        raise ListenError(arg(Room.tr("“%1” would listen on every network of this computer; give the address of "
                                      "the one the phones use, e.g. 192.168.4.1."), host))
    return address


def _reason(error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return Room.tr("the port is in use by another program")
    if error.errno == errno.EADDRNOTAVAIL:
        return Room.tr("this computer has no such address")
    return os_reason(error)


def listening_socket(host: str, port: int) -> socket.socket:
    address = _address(host)
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        # Lets the room open again at once on the port it just closed (TIME_WAIT), never
        # beside another program listening there (that is SO_REUSEPORT, not set).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((str(address), port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        shown = f"[{address}]:{port}" if address.version == 6 else f"{address}:{port}"
        raise ListenError(arg(Room.tr("The room cannot listen on %1: %2."), shown, _reason(error))) from None
    sock.setblocking(False)
    return sock


def room_url(sock: socket.socket, code: str) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?code={code}"


def room_server(asgi: Any) -> Any:
    """A uvicorn server for ``asgi``, not yet started (``serve_room`` runs it; the window runs it in a thread)."""
    import uvicorn

    config = uvicorn.Config(asgi, log_config=None, access_log=False, log_level="warning", lifespan="off",
                            server_header=False, proxy_headers=False, timeout_keep_alive=5,
                            limit_concurrency=400, ws="none")
    return uvicorn.Server(config)


def serve_room(asgi: Any, sock: socket.socket) -> None:
    """Serve ``asgi`` on ``sock`` until stopped; Ctrl-C stops it (a KeyboardInterrupt may follow)."""
    room_server(asgi).run(sockets=[sock])
