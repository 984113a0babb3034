"""`python -m desktop_app` behaves exactly like the `tirkeu` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
