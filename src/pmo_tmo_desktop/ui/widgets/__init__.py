"""What the areas share: the context a page gets of its window, settings, formatting, common
widgets, models and dialogs."""
