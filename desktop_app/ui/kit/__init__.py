"""Widgets and helpers every page shares: tasks in workers, file dialogs, tables, text."""
