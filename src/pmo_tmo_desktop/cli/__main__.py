"""`python -m pmo_tmo_desktop.cli`: the headless command line, as `pmo-tmo`."""

import sys

from pmo_tmo_desktop.cli import main

sys.exit(main())
