"""The `tirkeu` command: the same services as the window, for terminals and scripts.

One module per group of commands (``records``, ``vault``, ``exchange``, ``summary``), each
registering its subcommands with ``register``; ``entry`` builds the parser and runs the
chosen handler. Exit status: 0 success, 1 refused input or wrong passphrase (one line on
stderr, nothing changed), 2 usage error. ``tirkeu`` with no command opens the window.
"""

from desktop_app.cli.entry import build_parser, main

__all__ = ["build_parser", "main"]
