"""A workshop's Results page: the tables and charts of a round, the criteria weights, and the
Portfolio tab with its frontier and sliders."""
