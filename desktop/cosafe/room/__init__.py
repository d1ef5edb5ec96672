"""The room: participants add pins, ideas and dots from their own phones, served by the laptop (issue 17).

Qt-free. ``app`` is the Starlette application (the JSON API of docs/ROOM_API.md and the
basemap tiles), ``access`` the room code and the participants' tokens, ``limits`` the
body size and per-device rate limits, ``validation`` the checks every field passes,
``contributions`` what a phone's request becomes in the project (the same records and
edits the desktop makes), ``writer`` the one writer every edit goes through, ``tiles``
the basemap tiles and ``server`` the HTTP server (uvicorn) that runs it all, headless
(``cosafe room``) or, later, beside the window.
"""
