"""The Workshops area: the list of workshops (workshops_view), and one sub-area per thing a
workshop shows — setup, agenda, rating, results, decisions, the room and the presenter view —
which stand apart and share only what is in common."""
