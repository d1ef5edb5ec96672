"""The room's web application: the JSON API of docs/ROOM_API.md and the basemap tiles (Starlette).

Contract:
- ``RoomApp(store, scope, language=…, translator=…)`` serves one room of one workshop:
  ``asgi`` is the application to run (``server.serve_room``) or to test with Starlette's
  ``TestClient``. Every edit goes through ``store`` (the one writer,
  ``writer.RoomStore``); the app never touches the project itself.
- ``/`` is the phone page (``page``: words only, in the room's language; no project data),
  with its ``/room.js`` and ``/room.css`` and the map library's ``/leaflet/leaflet.js`` and
  ``/leaflet/leaflet.css`` (gzipped for a browser that takes it: a phone's first view is
  under 300 KB); they count against the tiles' rate limit.
- Every other request needs the room's ``code`` (``?code=`` on ``/api/form`` and the tiles, in
  the body of ``/api/join``) or a token ``/api/join`` gave (``Authorization: Bearer``;
  the tiles take it too). Tokens end when the room closes (``close()``).
- Refusals are JSON ``{"error": "…"}`` in the project's language (``language``, spoken
  with ``translator``: ``core.i18n``), one line, and store nothing: 400 a bad body or
  field, 401 no token / a token not (or no longer) valid, 403 a wrong or missing room
  code, 404 / 405 no such endpoint, 409 a dot past the budget, 413 a body over the
  limit, 429 too many requests from one device (with Retry-After), 503 the room paused
  or closed, or the project could not be written.
- Limits (``limits.RoomLimits``): the body size of every request; per device a rate of
  API requests (keyed by its token once it has one, else its address), of joins (by
  address: one phone joins once, so a script cannot fill the workshop with people) and
  of tiles (by address).
- Every response carries Cache-Control: no-store, X-Frame-Options: DENY, a
  Content-Security-Policy allowing only the laptop itself, X-Content-Type-Options:
  nosniff and Referrer-Policy: no-referrer. With ``allowed_host`` set, a request whose
  Host header names another host is refused (400): a web page elsewhere cannot reach
  the room through a name it controls (DNS rebinding).
- Nothing a phone sends is logged.
- ``pause()`` / ``resume()``: while paused, writes get 503 and reads go on.
- ``tiles``: where the basemap's tiles come from — a callable ``(z, x, y) -> bytes | None``
  giving a PNG (the window's and ``cosafe room``'s: ``ui.map.basemap_tiles.BasemapTiles``, the
  project's basemap drawn in CoSafe's style, vector layers too). It may block and is called
  off the event loop, several at once. Only tiles at ``RENDERED_ZOOMS`` near the room's area
  (within half its size) are asked of it; the form's ``tile_zooms`` are then those zooms.
  Without it (None), the stored raster tiles are served as they are (``tiles.stored_tile``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import math
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cosafe.core import i18n
from cosafe.core.i18n import Translator
from cosafe.core.stories import PENDING
from cosafe.core.voting import VoteBudgetError
from cosafe.room import contributions
from cosafe.room.access import Holder, Tokens, code_matches, new_room_code
from cosafe.room.contributions import Gone, RoomScope, WorkshopGone
from cosafe.room.limits import RateLimiter, RoomLimits
from cosafe.room.page import asset, compressed_asset, page_html
from cosafe.room.tiles import stored_tile, tile_in_grid
from cosafe.store.tiles import tile_bounds
from cosafe.core.projection import extent_to_mercator
from cosafe.room.validation import Invalid, json_object
from cosafe.room.words import Room
from cosafe.room.writer import RoomStore
from cosafe.store.errors import ProjectError

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


RENDERED_ZOOMS = range(10, 20)  # a district down to a house: the zooms a tile source is asked for
TileSource = Callable[[int, int, int], "bytes | None"]


class Refusal(Exception):
    """A request answered with ``status`` and ``{"error": message}``; nothing was stored."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers, self.extra = status, message, headers or {}, extra or {}


def refusal_response(refusal: Refusal) -> JSONResponse:
    return JSONResponse({"error": refusal.message, **refusal.extra}, refusal.status, headers=refusal.headers)


class SecureHeaders:
    """ASGI middleware: the security headers on every response, and the Host check."""

    def __init__(self, app: ASGIApp, allowed_host: str | None, speak: Callable[[], Any]) -> None:
        self.app, self.allowed_host, self.speak = app, allowed_host, speak

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        if self.allowed_host is not None and _host_name(scope) != self.allowed_host.lower():
            with self.speak():
                response = refusal_response(Refusal(400, Room.tr("This address is not the room's.")))
            await response(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)


def _host_name(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"host":
            host = value.decode("latin-1").strip().lower()
            if host.startswith("["):  # [::1]:8765
                return host[1:host.find("]")] if "]" in host else host
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return ""


class RoomApp:
    """One open room (see the module contract)."""

    def __init__(self, store: RoomStore, scope: RoomScope, *, language: str, translator: Translator,
                 limits: RoomLimits = RoomLimits(), code: str | None = None, allowed_host: str | None = None,
                 tiles: TileSource | None = None) -> None:
        self.store, self.scope, self.language, self.translator, self.limits = store, scope, language, translator, limits
        self.tiles = tiles
        # Where tiles may be asked for: the area and half its size around it (Web Mercator metres).
        left, bottom, right, top = extent_to_mercator(scope.bounds)
        pad_x, pad_y = (right - left) / 2, (top - bottom) / 2
        self._tile_area = (left - pad_x, bottom - pad_y, right + pad_x, top + pad_y)
        self.code = code or new_room_code()
        self.tokens = Tokens()
        self.paused = False
        self.closed = False
        self._api = RateLimiter(limits.api_burst, limits.api_per_second)
        self._joins = RateLimiter(limits.join_burst, limits.join_per_second)
        self._tiles = RateLimiter(limits.tile_burst, limits.tile_per_second)
        routes = [
            Route("/", self._page, methods=["GET"]),
            Route("/room.js", self._asset, methods=["GET"]),
            Route("/room.css", self._asset, methods=["GET"]),
            Route("/leaflet/leaflet.js", self._asset, methods=["GET"]),
            Route("/leaflet/leaflet.css", self._asset, methods=["GET"]),
            Route("/api/form", self._form, methods=["GET"]),
            Route("/api/join", self._join, methods=["POST"]),
            Route("/api/me", self._me, methods=["GET"]),
            Route("/api/pins", self._pin, methods=["POST"]),
            Route("/api/ideas", self._idea, methods=["POST"]),
            Route("/api/proposals", self._proposals, methods=["GET"]),
            Route("/api/votes", self._vote, methods=["POST"]),
            Route("/tiles/{z:int}/{x:int}/{y:int}.png", self._tile, methods=["GET"]),
        ]
        starlette = Starlette(routes=routes, exception_handlers={HTTPException: self._http_error,
                                                                 Exception: self._server_error})
        self.asgi: ASGIApp = SecureHeaders(starlette, allowed_host, self.speaking)

    # -- the room's state -----------------------------------------------------------------

    def speaking(self):
        """Words in the room's language, in this thread or task."""
        return i18n.speaking(self.language, self.translator)

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def close(self) -> None:
        """End every token; from now on every request is refused (503)."""
        self.closed = True
        self.tokens.close()

    # -- request plumbing -----------------------------------------------------------------------

    async def _answer(self, request: Request, handle: Callable[[], Any]) -> Response:
        with self.speaking():
            try:
                if self.closed:
                    raise Refusal(503, Room.tr("The room is closed."))
                return await handle()
            except Refusal as refusal:
                return refusal_response(refusal)

    @staticmethod
    def _address(request: Request) -> str:
        return request.client.host if request.client else ""

    def _limit(self, limiter: RateLimiter, key: str) -> None:
        wait = limiter.take(key)
        if wait:
            seconds = 3600 if math.isinf(wait) else max(1, math.ceil(wait))
            raise Refusal(429, Room.tr("Too many requests from this device: wait %Ln seconds.", "", seconds),
                          headers={"Retry-After": str(seconds)})

    def _check_code(self, given: object) -> None:
        if not code_matches(given, self.code):
            raise Refusal(403, Room.tr("The room code is wrong or missing: it is shown on the projector."))

    def _bearer(self, request: Request) -> str | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def _holder(self, request: Request) -> Holder:
        token = self._bearer(request)
        challenge = {"WWW-Authenticate": "Bearer"}
        if token is None:
            self._limit(self._api, "address:" + self._address(request))
            raise Refusal(401, Room.tr("Join the room first: this needs the token that joining gives."),
                          headers=challenge)
        holder = self.tokens.holder(token)
        self._limit(self._api, ("token:" + token) if holder else ("address:" + self._address(request)))
        if holder is None:
            raise Refusal(401, Room.tr("This token is not valid, or the room was closed since: join again."),
                          headers=challenge)
        return holder

    async def _body(self, request: Request) -> dict[str, Any]:
        limit = self.limits.body_bytes
        too_large = Refusal(413, Room.tr("The request is too large: at most %Ln bytes.", "", limit))
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            raise too_large
        size, chunks = 0, []
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        try:
            return json_object(b"".join(chunks))
        except Invalid as invalid:
            raise Refusal(400, str(invalid)) from None

    async def _run(self, future: concurrent.futures.Future, holder: Holder | None = None) -> Any:
        try:
            return await asyncio.wrap_future(future)
        except Invalid as invalid:
            raise Refusal(400, str(invalid)) from None
        except VoteBudgetError as refusal:
            raise Refusal(409, str(refusal), extra={"dots_left": 0}) from None
        except Gone:
            if holder is not None:
                self.tokens.forget(holder.participant_uuid)
            raise Refusal(401, Room.tr("This token is not valid, or the room was closed since: join again."),
                          headers={"WWW-Authenticate": "Bearer"}) from None
        except WorkshopGone:
            raise Refusal(503, Room.tr("The room is closed.")) from None
        except ProjectError as failure:
            raise Refusal(503, str(failure)) from None

    def _writable(self) -> None:
        if self.paused:
            raise Refusal(503, Room.tr("The room is paused: try again in a moment."), headers={"Retry-After": "10"})

    async def _write(self, build: Callable, holder: Holder | None = None) -> Any:
        self._writable()
        return await self._run(self.store.write(build), holder)

    def _parsed(self, make: Callable[[], Any]) -> Any:
        try:
            return make()
        except Invalid as invalid:
            raise Refusal(400, str(invalid)) from None

    # -- endpoints ------------------------------------------------------------------------------

    async def _form(self, request: Request) -> Response:
        async def handle() -> Response:
            self._limit(self._api, "address:" + self._address(request))
            self._check_code(request.query_params.get("code"))
            form = await self._run(self.store.read(lambda store: contributions.form(store, self.scope)))
            if self.tiles is not None:
                form["tile_zooms"] = list(RENDERED_ZOOMS)
            return JSONResponse(form)
        return await self._answer(request, handle)

    async def _join(self, request: Request) -> Response:
        async def handle() -> Response:
            self._limit(self._joins, "address:" + self._address(request))
            data = await self._body(request)
            self._check_code(data.get("code"))
            build = self._parsed(lambda: contributions.join(data, self.scope))
            edit = await self._write(build)
            person = edit.record
            token = self.tokens.issue(Holder(person.uuid, person.code, person.group_uuid))
            return JSONResponse({"token": token, "participant_code": person.code}, 201)
        return await self._answer(request, handle)

    async def _me(self, request: Request) -> Response:
        async def handle() -> Response:
            holder = self._holder(request)
            return JSONResponse(await self._run(self.store.read(
                lambda store: contributions.me(store, self.scope, holder)), holder))
        return await self._answer(request, handle)

    async def _added(self, request: Request, make: Callable) -> Response:
        async def handle() -> Response:
            holder = self._holder(request)
            data = await self._body(request)
            build = self._parsed(lambda: make(data, self.scope, holder))
            edit = await self._write(build, holder)
            answer = {"id": edit.record.uuid}
            if getattr(edit.record, "story_review", None) == PENDING:
                answer["story_awaits_approval"] = True  # shown on the projector once the facilitator approves it
            return JSONResponse(answer, 201)
        return await self._answer(request, handle)

    async def _pin(self, request: Request) -> Response:
        return await self._added(request, contributions.pin)

    async def _idea(self, request: Request) -> Response:
        return await self._added(request, contributions.idea)

    async def _proposals(self, request: Request) -> Response:
        async def handle() -> Response:
            holder = self._holder(request)
            return JSONResponse(await self._run(self.store.read(
                lambda store: contributions.proposals(store, self.scope, holder)), holder))
        return await self._answer(request, handle)

    async def _vote(self, request: Request) -> Response:
        async def handle() -> Response:
            holder = self._holder(request)
            data = await self._body(request)
            build = self._parsed(lambda: contributions.VoteBuild(data, self.scope, holder))
            edit = await self._write(build, holder)
            return JSONResponse({"id": edit.record.uuid, "dots_left": build.dots_left}, 201)
        return await self._answer(request, handle)

    async def _page(self, request: Request) -> Response:
        async def handle() -> Response:
            self._limit(self._tiles, "address:" + self._address(request))
            return HTMLResponse(page_html(self.language))
        return await self._answer(request, handle)

    async def _asset(self, request: Request) -> Response:
        async def handle() -> Response:
            self._limit(self._tiles, "address:" + self._address(request))
            name = request.url.path.lstrip("/")  # only the routes' own names reach here
            if "gzip" in request.headers.get("accept-encoding", "").lower():
                data, media = compressed_asset(name)
                return Response(data, media_type=media, headers={"Content-Encoding": "gzip",
                                                                 "Vary": "Accept-Encoding"})
            data, media = asset(name)
            return Response(data, media_type=media, headers={"Vary": "Accept-Encoding"})
        return await self._answer(request, handle)

    async def _tile(self, request: Request) -> Response:
        async def handle() -> Response:
            self._limit(self._tiles, "address:" + self._address(request))
            token = self._bearer(request)
            if token is None or self.tokens.holder(token) is None:
                self._check_code(request.query_params.get("code"))
            z, x, y = (request.path_params[key] for key in ("z", "x", "y"))
            if self.tiles is not None:
                return await self._drawn_tile(z, x, y)
            found = await self._run(self.store.read(lambda store: stored_tile(store, z, x, y)))
            if found is None:
                raise Refusal(404, Room.tr("The basemap has no tile here."))
            data, media = found
            return Response(data, media_type=media)
        return await self._answer(request, handle)

    def _near_area(self, z: int, x: int, y: int) -> bool:
        if z not in RENDERED_ZOOMS or not tile_in_grid(z, x, y):
            return False
        left, bottom, right, top = tile_bounds(z, x, y)
        area = self._tile_area
        return left < area[2] and right > area[0] and bottom < area[3] and top > area[1]

    async def _drawn_tile(self, z: int, x: int, y: int) -> Response:
        data = None
        if self._near_area(z, x, y):
            try:
                data = await asyncio.get_running_loop().run_in_executor(None, self.tiles, z, x, y)
            except Exception:  # the file could not be read just now: the phone shows the plain ground
                data = None
        if data is None:
            raise Refusal(404, Room.tr("The basemap has no tile here."))
        return Response(data, media_type="image/png")

    # -- errors of the framework ----------------------------------------------------------------

    async def _http_error(self, request: Request, error: Exception) -> Response:
        status = getattr(error, "status_code", 400)
        with self.speaking():
            if status == 404:
                message = Room.tr("There is no such page in the room.")
            elif status == 405:
                message = Room.tr("This address does not take that kind of request.")
            else:
                message = Room.tr("The request was refused.")
        return JSONResponse({"error": message}, status, headers=getattr(error, "headers", None))

    async def _server_error(self, request: Request, error: Exception) -> Response:
        with self.speaking():
            return JSONResponse({"error": Room.tr("Something went wrong in the room; nothing was stored.")}, 500)
