"""`python -m pmo_tmo_desktop` starts the desktop app."""

import sys

from pmo_tmo_desktop.app import main

sys.exit(main())
