"""Paper sheets (issue 18): printed group maps that come back into the project from a phone photo.

- ``layout``: where everything is on a sheet, the QR code's text, paper ↔ map (no OpenCV).
- ``choice``: which sheets to print and the area they show; the ``--json`` structure.
- ``pdf``: the sheets as a PDF (reportlab), the map image given by the caller (``cosafe
  print-sheets`` draws it with the canvas's renderer).
- ``reading``: a photo → the sheet it shows and its dot stickers (OpenCV).
- ``storing``: the stickers → pins and ideas of the sheet's group, one undoable edit.
"""
