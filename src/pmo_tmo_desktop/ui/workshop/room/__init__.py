"""The room on the facilitator's laptop: its panel on the Rating page, the devices that joined,
the address to serve on, and the room's start-up check."""
