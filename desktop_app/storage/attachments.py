"""Attachments inside the encrypted database, streamed in 1 MiB chunks both ways.

Neither direction holds a whole file in memory: a 500 MB video goes in and out one chunk
at a time, with its size and SHA-256 taken from the original bytes as evidence.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Generator
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from desktop_app.core.errors import NotFound
from desktop_app.core.language import _
from desktop_app.core.model import AttachmentInfo, new_id
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database, small_cache
from desktop_app.storage.incidents import now

CHUNK = 1024 * 1024


class AttachmentRepository:
    def __init__(self, database: Database):
        self.db = database

    def add_file(self, incident_id: str, path: Path) -> AttachmentInfo:
        """Stream the file at ``path`` into the vault under ``incident_id``."""
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with open(path, "rb") as source:
            return self.add_stream(incident_id, source, path.name, media_type)

    def add_stream(self, incident_id: str, source: BinaryIO, filename: str,
                   media_type: str = "application/octet-stream") -> AttachmentInfo:
        """Store everything ``source`` yields as one attachment, in one transaction."""
        with self.db.transaction() as conn:
            attachment_id = self.stream_within(conn, incident_id, source, filename, media_type)
        return self.info(attachment_id)

    @staticmethod
    def stream_within(conn: Connection, incident_id: str, source: BinaryIO, filename: str,
                      media_type: str = "application/octet-stream") -> str:
        """``add_stream`` inside a transaction the caller holds; returns the new id."""
        attachment_id, digest, size = new_id(), hashlib.sha256(), 0
        if conn.scalar(select(t.incidents.c.id).where(t.incidents.c.id == incident_id)) is None:
            raise NotFound(_("No incident with id {id}.").format(id=incident_id))
        conn.execute(insert(t.attachments).values(
            id=attachment_id, incident_id=incident_id, filename=filename,
            media_type=media_type, size=0, sha256="", added_at=now()))
        seq = 0
        with small_cache(conn):
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                conn.execute(insert(t.attachment_chunks).values(
                    attachment_id=attachment_id, seq=seq, data=chunk))
                seq += 1
        conn.execute(update(t.attachments).where(t.attachments.c.id == attachment_id)
                     .values(size=size, sha256=digest.hexdigest()))
        return attachment_id

    def info(self, attachment_id: str) -> AttachmentInfo:
        with self.db.reading() as conn:
            row = conn.execute(select(t.attachments)
                               .where(t.attachments.c.id == attachment_id)).first()
        if row is None:
            raise NotFound(_("No attachment with id {id}.").format(id=attachment_id))
        return _info(row)

    def for_incident(self, incident_id: str) -> list[AttachmentInfo]:
        with self.db.reading() as conn:
            rows = conn.execute(select(t.attachments)
                                .where(t.attachments.c.incident_id == incident_id)
                                .order_by(t.attachments.c.added_at)).all()
        return [_info(r) for r in rows]

    def chunks(self, attachment_id: str) -> Generator[bytes, None, None]:
        """The attachment's bytes, one chunk at a time, in order: one query inside one read
        transaction (a consistent file even if it is deleted meanwhile), stepped one row at
        a time, so memory holds a chunk, not the file. Close the iterator (or read it to
        the end) to end the transaction."""
        self.info(attachment_id)
        with self.db.reading() as conn, small_cache(conn):
            rows = conn.execute(select(t.attachment_chunks.c.data)
                                .where(t.attachment_chunks.c.attachment_id == attachment_id)
                                .order_by(t.attachment_chunks.c.seq))
            for (data,) in rows:
                yield bytes(data)

    def head(self, attachment_id: str, size: int = 16) -> bytes:
        """The first ``size`` bytes of the attachment (enough to tell a photo), read
        without loading its first chunk whole."""
        with self.db.reading() as conn:
            data = conn.scalar(select(func.substr(t.attachment_chunks.c.data, 1, size)).where(
                t.attachment_chunks.c.attachment_id == attachment_id,
                t.attachment_chunks.c.seq == 0))
        return bytes(data or b"")

    def set_send_original(self, attachment_id: str, send_original: bool) -> AttachmentInfo:
        """Choose whether bundles carry this file's original (True) or, for a photo, a
        copy rebuilt from its pixels (False, the default)."""
        with self.db.transaction() as conn:
            done = conn.execute(update(t.attachments).where(t.attachments.c.id == attachment_id)
                                .values(send_original=send_original))
        if done.rowcount == 0:
            raise NotFound(_("No attachment with id {id}.").format(id=attachment_id))
        return self.info(attachment_id)

    def delete(self, attachment_id: str) -> None:
        with self.db.transaction() as conn:
            gone = conn.execute(delete(t.attachments).where(t.attachments.c.id == attachment_id))
        if gone.rowcount == 0:
            raise NotFound(_("No attachment with id {id}.").format(id=attachment_id))


def _info(row: Row[Any]) -> AttachmentInfo:
    return AttachmentInfo(id=row.id, incident_id=row.incident_id, filename=row.filename,
                          media_type=row.media_type, size=row.size, sha256=row.sha256,
                          added_at=row.added_at, send_original=bool(row.send_original),
                          original_sha256=row.original_sha256)
