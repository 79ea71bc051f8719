"""``python -m causaltorch`` runs the command line."""

import sys

from causaltorch.cli import main

sys.exit(main())
