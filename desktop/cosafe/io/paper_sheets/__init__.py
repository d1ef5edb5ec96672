"""Paper sheets (issue 18): printed group maps that come back into the project from a phone photo.

- ``layout``: where everything is on a sheet, the QR code's text, paper ↔ map (no OpenCV).
- ``choice``: which sheets to print and the area they show; the ``--json`` structure.
- ``pdf``: the sheets as a PDF (reportlab), the map image given by the caller (``cosafe
  print-sheets`` draws it with the canvas's renderer).
- ``reading``: a photo → the sheet it shows and its dot stickers (OpenCV), each detection
  flagged when uncertain.
- ``pen``: pen lines and closed pen shapes on the map → line and area ideas (OpenCV).
- ``numbers``: a number written in pen beside a dot → the numbered note it points to;
  ``digits``: the handwritten digits' classifier it reads them with.
- ``notes``: the numbered notes' texts (``read-sheets --notes``) and how a note is stored.
- ``storing``: the stickers and pen lines → pins and ideas of the sheet's group, one undoable edit.
"""
