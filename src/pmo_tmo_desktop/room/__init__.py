"""The room: every participant rates from their own phone or laptop.

`app` is the participants' web page and its HTTP API (Starlette); `server` runs it with
uvicorn in a worker thread of the facilitator's laptop. Both call `services.room` and the
other services only — never the store, never Qt.
"""

DEFAULT_PORT = 8765
"""The room's usual port: where the app opens it and the command line serves it, and where
name cards point when no room is open."""
