"""The ``cosafe room`` subcommand: the room, headless; ``cli.main`` installs it.

``room PROJECT [--host H] [--port P]`` opens PROJECT for writing, serves its most recent
workshop to phones on H:P (``cosafe.room``; default 127.0.0.1:8765, so nothing outside
this computer reaches it until the facilitator names the hotspot's address) and prints
one line, ``Room open: http://H:P/?code=CODE``. Every edit is one transaction in the
project (``room.writer.StoreWriter``). The basemap is served as tiles drawn in CoSafe's style
(``ui.map.basemap_tiles``, offscreen Qt in a render thread of its own). Ctrl-C closes the room: its tokens end, the
project is closed, ``Room closed.`` is printed and the exit status is 0. A project
without a workshop or without an area, an address that is not this computer's or a
port in use: one line, exit status 1, nothing served.
The phones hear the project's report language, else the language of the messages.
Imports of the store and the server are inside the command, so ``cosafe --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from cosafe.cli.drawing import drawing_application
from cosafe.cli.words import Command, CommandHelp
from cosafe.core.i18n import arg

EXIT_OK, EXIT_ERROR = 0, 1
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8765


def add_commands(commands: argparse._SubParsersAction,
                 handlers: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    room = commands.add_parser(
        "room", help=CommandHelp.tr("open the room: participants add pins, ideas and dots from their phones"),
        description=CommandHelp.tr(
            "Serve the project's most recent workshop to phone browsers on the local network, without internet: "
            "participants join with the room code, answer the sign-in questions and add pins, ideas and dots, "
            "stored as the window stores them. Give --host the address of this computer on the phones' network "
            "(its hotspot or the local router). Ctrl-C closes the room."))
    room.add_argument("project", metavar="PROJECT")
    room.add_argument("--host", default=DEFAULT_HOST, help=arg(CommandHelp.tr(
        "the address of this computer to listen on, e.g. 192.168.4.1 (default %1: this computer only)"),
        DEFAULT_HOST))
    room.add_argument("--port", type=_port, default=DEFAULT_PORT, help=arg(CommandHelp.tr(
        "the port to listen on (default %1; 0 picks a free one)"), DEFAULT_PORT))
    handlers["room"] = _cmd_room


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(arg(Command.tr("not a port number: %1 (0 to 65535)"), text))
    return int(text)


def _cmd_room(args: argparse.Namespace) -> int:
    from cosafe.catalogues import translator_for
    from cosafe.cli.backups import open_for_writing
    from cosafe.core.i18n import language
    from cosafe.core.report_language import report_language_in_force
    from cosafe.room.app import RoomApp
    from cosafe.room.contributions import RoomScope, room_bounds, room_workshop
    from cosafe.room.server import ListenError, listening_socket, room_url, serve_room
    from cosafe.room.words import Room
    from cosafe.room.writer import StoreWriter
    from cosafe.ui.map.basemap_tiles import BasemapTiles

    name = os.path.basename(args.project)
    with open_for_writing(args.project) as store:
        workshop, bounds = room_workshop(store), room_bounds(store)
        if workshop is None:
            print(arg(Room.tr("cosafe: %1 has no workshop: add one in CoSafe first (Workshop › New Workshop…)."),
                      name), file=sys.stderr)
            return EXIT_ERROR
        if bounds is None:
            print(arg(Room.tr("cosafe: %1 has no map area: import a basemap or set the project area first."),
                      name), file=sys.stderr)
            return EXIT_ERROR
        try:
            sock = listening_socket(args.host, args.port)
        except ListenError as error:
            print(f"cosafe: {error}", file=sys.stderr)
            return EXIT_ERROR
        spoken = report_language_in_force(store.report_language) or language()
        _application = drawing_application()  # the basemap's tiles are drawn with Qt  # noqa: F841
        writer = StoreWriter(store)
        tiles = BasemapTiles(args.project)
        room = RoomApp(writer, RoomScope(workshop.uuid, bounds), language=spoken, translator=translator_for(spoken),
                       allowed_host=sock.getsockname()[0], tiles=tiles)
        print(arg(Room.tr("Room open: %1"), room_url(sock, room.code)), flush=True)
        try:
            serve_room(room.asgi, sock)
        except KeyboardInterrupt:
            pass  # uvicorn stops on Ctrl-C and raises it again once it has: the room closes as asked
        finally:
            room.close()
            tiles.close()
            writer.close()
            sock.close()
    print(Room.tr("Room closed."), flush=True)
    return EXIT_OK
