"""``python -m wrmodel``: the ``wrmodel`` command."""

import sys

from .io._cli import main

sys.exit(main())
