"""Tirkeu: offline, encrypted recording of human-rights incidents."""

__version__ = "0.1.0"
APP_NAME = "Tirkeu"
