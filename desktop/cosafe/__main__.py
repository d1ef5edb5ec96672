"""``python -m cosafe`` runs the same entry point as the ``cosafe`` command."""

import sys

from cosafe.cli.main import main

sys.exit(main())
