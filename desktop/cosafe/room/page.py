"""The phone page: one HTML page, its script and its style, served by the room itself.

Contract:
- ``page_html(language)`` is ``page/index.html`` with its words in the language in force
  (``page_words``: every word the page shows, from the catalogue) and ``lang``/``dir``
  set; the words the script needs are in the page as a JSON block (not a script: the
  page's Content-Security-Policy runs no inline code). The page holds no project data:
  what it shows of the workshop comes from the API with the room code.
- ``asset(name)`` is (bytes, media type) of one of ``ASSETS`` — ``room.js``, ``room.css`` and the
  vendored map library ``leaflet/leaflet.js`` and ``leaflet/leaflet.css`` (Leaflet at the version
  ``scripts/vendor_map_library.sh`` pins, its licence beside it) — else None.
  ``compressed_asset(name)`` is the same gzipped (made once, then kept).
- The page asks no host but the laptop: no fonts, scripts or images from elsewhere (it uses
  the phone's own fonts, and no image of Leaflet's style).
"""

from __future__ import annotations

import functools
import gzip
import html
import json
from pathlib import Path

from cosafe.core.i18n import RIGHT_TO_LEFT
from cosafe.room.words import Room

PAGE_FOLDER = Path(__file__).with_name("page")
ASSETS = {"room.js": "text/javascript; charset=utf-8", "room.css": "text/css; charset=utf-8",
          "leaflet/leaflet.js": "text/javascript; charset=utf-8", "leaflet/leaflet.css": "text/css; charset=utf-8"}


def page_words() -> dict[str, str]:
    """Every word the page shows, in the language in force; %1 is filled in by the page's script."""
    return {
        "title": Room.tr("Safety workshop"),
        "code_label": Room.tr("Room code"),
        "code_help": Room.tr("The code is shown on the projector."),
        "open": Room.tr("Open"),
        "join_heading": Room.tr("Join the workshop"),
        "join_intro": Room.tr("No name is asked. Your answers only help show how safety differs between groups."),
        "group": Room.tr("Your group"),
        "consent": Room.tr("I agree that my answers, pins, ideas and dots are kept in this workshop's project, "
                           "without my name."),
        "join": Room.tr("Join"),
        "you_are": Room.tr("Your code is %1"),
        "pin_tab": Room.tr("Pin"),
        "idea_tab": Room.tr("Idea"),
        "vote_tab": Room.tr("Vote"),
        "map_label": Room.tr("Map of the workshop's area"),
        "map_help": Room.tr("Tap the map to choose a place. The arrow keys move the map; the button below "
                            "chooses its centre."),
        "vote_help": Room.tr("The numbers on the map are the proposals listed below."),
        "use_centre": Room.tr("Choose the centre of the map"),
        "zoom_in": Room.tr("Zoom in"),
        "zoom_out": Room.tr("Zoom out"),
        "place_chosen": Room.tr("Place chosen."),
        "outside": Room.tr("This place is outside the workshop's area (the dashed line)."),
        "no_place": Room.tr("Tap the map to choose a place first."),
        "feeling": Room.tr("How do you feel here?"),
        "reasons": Room.tr("Why?"),
        "time_of_day": Room.tr("When?"),
        "story": Room.tr("Your story (if you wish)"),
        "story_note": Room.tr("The facilitator reads stories before any is shown on the projector."),
        "send_pin": Room.tr("Add the pin"),
        "pin_added": Room.tr("Your pin was added."),
        "title_label": Room.tr("Title"),
        "shape": Room.tr("Shape"),
        "shape_point": Room.tr("A point"),
        "shape_line": Room.tr("A line: tap the map at each of its points"),
        "undo_point": Room.tr("Remove the last point"),
        "line_points": Room.tr("Points of the line: %1"),
        "need_line": Room.tr("Tap the map at two points at least for a line."),
        "principle": Room.tr("Principle"),
        "intervention": Room.tr("What to do"),
        "description": Room.tr("Description (if you wish)"),
        "send_idea": Room.tr("Add the idea"),
        "idea_added": Room.tr("Your idea was added."),
        "dots_left": Room.tr("Dots left: %1"),
        "place_dot": Room.tr("Place a dot on “%1”"),
        "dot_added": Room.tr("Your dot was placed."),
        "my_dots": Room.tr("Your dots here: %1"),
        "offline": Room.tr("The laptop cannot be reached. Check the Wi-Fi and try again."),
    }


def page_html(language: str) -> str:
    words = page_words()
    text = (PAGE_FOLDER / "index.html").read_text(encoding="utf-8")
    for key, value in words.items():
        text = text.replace("{{" + key + "}}", html.escape(value))
    # "<" escaped so no word can close the JSON block.
    text = text.replace("{{words_json}}", json.dumps(words, ensure_ascii=False).replace("<", "\\u003c"))
    text = text.replace("{{lang}}", html.escape(language))
    return text.replace("{{dir}}", "rtl" if language in RIGHT_TO_LEFT else "ltr")


def asset(name: str) -> tuple[bytes, str] | None:
    if name not in ASSETS:
        return None
    return (PAGE_FOLDER / name).read_bytes(), ASSETS[name]


@functools.lru_cache(maxsize=len(ASSETS))
def compressed_asset(name: str) -> tuple[bytes, str] | None:
    found = asset(name)
    if found is None:
        return None
    # mtime 0: the same bytes every time the room opens.
    return gzip.compress(found[0], compresslevel=9, mtime=0), found[1]
