"""The presenter view: what the room sees on the projector, the room's code and address included."""
