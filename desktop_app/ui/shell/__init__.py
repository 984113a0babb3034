"""The window's frame: main window, unlocking, locking, idle watch, start-up."""
