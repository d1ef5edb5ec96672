"""An open room beside the window: the room's app, its one writer and its HTTP server thread.

Contract:
- ``OpenRoom.start(session, scope, host, port, language)`` binds ``host``:``port`` at once
  (``ListenError`` with one line when it cannot: nothing runs then) and serves a
  ``RoomApp`` of ``scope`` from a thread of its own (uvicorn, ``room.server``), every
  edit through a ``WindowRoomStore`` on the UI thread, and the project's basemap drawn as
  tiles in CoSafe's style (``BasemapTiles``, its own read-only connection). ``url`` is the
  address phones open (with the room code), ``code`` the code.
- ``basemap_changed()``: the basemap's layers changed; tiles are drawn again from now on.
- ``pause()`` / ``resume()``: while paused, phones' writes are refused (503) and reads go on.
- ``close()`` (UI thread) ends every token, refuses what is still queued, stops the server
  (``should_exit``) and waits for its thread a few seconds; it never waits on a phone.
  Calling it twice does nothing more.
- ``holders()``: who holds a token now (their sign-in code and record), in joining order.
"""

from __future__ import annotations

import threading

from cosafe.catalogues import translator_for
from cosafe.room.access import Holder
from cosafe.room.app import RoomApp
from cosafe.room.contributions import RoomScope
from cosafe.room.server import listening_socket, room_server, room_url
from cosafe.ui.features.room.window_store import WindowRoomStore
from cosafe.ui.map.basemap_tiles import BasemapTiles
from cosafe.ui.session import ProjectSession

STOP_WAIT_S = 5.0


class OpenRoom:
    """One open room (see the module contract)."""

    def __init__(self) -> None:
        self.app: RoomApp | None = None
        self.store: WindowRoomStore | None = None
        self.url = ""
        self._server = None
        self._thread: threading.Thread | None = None
        self._socket = None
        self._tiles: BasemapTiles | None = None

    @classmethod
    def start(cls, session: ProjectSession, scope: RoomScope, host: str, port: int, language: str) -> OpenRoom:
        room = cls()
        room._socket = listening_socket(host, port)  # ListenError: nothing started
        room.store = WindowRoomStore(session)
        room._tiles = BasemapTiles(session.path)
        room.app = RoomApp(room.store, scope, language=language, translator=translator_for(language),
                           allowed_host=room._socket.getsockname()[0], tiles=room._tiles)
        room.url = room_url(room._socket, room.app.code)
        room._server = room_server(room.app.asgi)
        room._thread = threading.Thread(target=room._server.run, kwargs={"sockets": [room._socket]},
                                        name="cosafe-room-server", daemon=True)
        room._thread.start()
        return room

    @property
    def code(self) -> str:
        return self.app.code if self.app is not None else ""

    @property
    def workshop_uuid(self) -> str:
        return self.app.scope.workshop_uuid if self.app is not None else ""

    @property
    def paused(self) -> bool:
        return self.app is not None and self.app.paused

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._socket.getsockname()[:2]
        return host, port

    def pause(self) -> None:
        if self.app is not None:
            self.app.pause()

    def resume(self) -> None:
        if self.app is not None:
            self.app.resume()

    def basemap_changed(self) -> None:
        if self._tiles is not None:
            self._tiles.invalidate()

    def holders(self) -> list[Holder]:
        return self.app.tokens.holders() if self.app is not None else []

    def forget(self, participant_uuid: str) -> None:
        if self.app is not None:
            self.app.tokens.forget(participant_uuid)

    def close(self) -> None:
        app, self.app = self.app, None
        if app is None:
            return
        app.close()  # every request from now on: "The room is closed." (503)
        self.store.close()  # what waits for the UI thread is refused, not run
        self._server.should_exit = True
        self._thread.join(STOP_WAIT_S)
        self._socket.close()
        self._tiles.close()
