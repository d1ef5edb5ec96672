"""The room in the window (issue 17): Workshop › Open the Room…, the Room dock, the phones' edits as undo steps."""
