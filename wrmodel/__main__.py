"""``python -m wrmodel``: the ``wrmodel`` command."""

import sys

from ._cli import main

sys.exit(main())
