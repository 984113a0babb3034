"""Alembic environment: migrations run on a connection the application hands over.

Tirkeu's database is encrypted, so Alembic never opens it by URL; `desktop_app.storage.
migrate` opens and keys it, then passes the connection in ``config.attributes``.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Tirkeu migrations run through desktop_app.storage.migrate, "
                       "which supplies the keyed connection.")

# render_as_batch: SQLite alters tables by copying them; batch mode does that for us.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
