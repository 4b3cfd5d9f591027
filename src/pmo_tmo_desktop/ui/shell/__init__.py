"""The main window and what surrounds the areas: menus, files, printing, preferences, help, the
welcome page, the room control."""
