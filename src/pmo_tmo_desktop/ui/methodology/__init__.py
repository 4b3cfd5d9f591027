"""The Methodology area: the tree of phases and activities and its property panel."""
