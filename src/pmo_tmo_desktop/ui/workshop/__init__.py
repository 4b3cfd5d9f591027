"""The Workshops area: the list, and each workshop's set-up, agenda, rating, results,
decisions, presenter view and room."""
