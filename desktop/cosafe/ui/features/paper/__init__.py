"""The paper feature (issue 18): Workshop › Print Group Maps…, File › Read Paper Sheets… and the review of
what a photo of a sheet showed before it is stored (``feature``, ``print_dialog``, ``read_dialog``,
``review_view``, ``review_items``)."""
