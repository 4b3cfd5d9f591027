"""PMO–TMO Desktop: one common delivery methodology for PMO and TMO, and joint workshops."""

__version__ = "0.1.0"
APP_NAME = "PMO–TMO Desktop"
ORGANISATION = "PMO-TMO Desktop"
WORKSPACE_SUFFIX = ".pmotmo"
