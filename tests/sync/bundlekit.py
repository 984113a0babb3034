"""Shared tools for the bundle tests and for ``bench/fuzz_bundles.py``.

Vaults made cheaply (the Argon2id floor), contacts exchanged, bundles taken apart and
crafted by hand per docs/FORMATS.md ("Bundles"), a store fingerprint to prove a refused
bundle changed nothing, and the hypothesis strategies of the byte-level fuzz.

Crafting deliberately does not use ``desktop_app.sync`` to write manifests or records:
those are written here from the spec, so a test checks the code against the document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import tarfile
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from hypothesis import strategies as st

from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.crypto import vault
from desktop_app.crypto.age_stream import encrypt_stream
from desktop_app.storage.archive import Archive, create_archive
from tests.photos import photo_with_gps

PASSPHRASE = "correct horse battery staple"  # what tests/conftest.py's passphrase_file holds
REPO = Path(__file__).resolve().parents[2]
REALISTIC = REPO / "tests" / "data" / "realistic_incidents.json"
NAMESPACE = "tirkeu-bundle-v1"
REGTYPE = tarfile.REGTYPE


# --- vaults and contacts -------------------------------------------------------------------

def new_archive(folder: Path, name: str) -> Archive:
    """An open archive in a fresh vault, at the cheapest Argon2id the vault accepts."""
    archive, _ = create_archive(folder, PASSPHRASE, owner_name=name, recovery_code=False,
                                params=vault.FLOOR)
    return archive


def introduce(receiver: Archive, sender: Archive, *, trusted: bool = True,
              coordinator: bool = False) -> None:
    """``receiver`` adds ``sender``'s card as a contact."""
    card = sender.keys().card()
    receiver.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                          coordinator=coordinator, trusted_signer=trusted)


def canonical(raw: dict[str, Any]) -> dict[str, Any]:
    """Interchange JSON with every key (and every id) filled in, as a record carries it."""
    return incident_to_json(incident_from_json(raw))


def realistic(count: int | None = None) -> list[dict[str, Any]]:
    raw = json.loads(REALISTIC.read_text(encoding="utf-8"))
    return raw if count is None else raw[:count]


# --- what a store holds ----------------------------------------------------------------------

def listing_json(archive: Archive) -> str:
    """Exactly what ``tirkeu list --json`` prints for this archive."""
    incidents = archive.incidents.get_many(archive.incidents.all_ids())
    return json.dumps([incident_to_json(i) for i in incidents], ensure_ascii=False, indent=2)


COUNTED = ("incidents", "revisions", "attachments", "attachment_chunks", "contacts",
           "bundles_received", "bundles_sent", "deliveries", "conflicts", "tombstones")


def table_dump(archive: Archive) -> dict[str, tuple[int, str]]:
    """Every table of the database (FTS shadow tables and settings included): its row
    count and a SHA-256 over its sorted rows. Equal dumps mean equal content."""
    out: dict[str, tuple[int, str]] = {}
    with archive.database.reading() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            rows = conn.exec_driver_sql(f'SELECT * FROM "{name}"').fetchall()
            digest = hashlib.sha256()
            for text in sorted(repr(tuple(r)) for r in rows):
                digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
            out[name] = (len(rows), digest.hexdigest())
    return out


def store_state(archive: Archive) -> dict[str, Any]:
    """What must not change when a bundle is refused."""
    dump = table_dump(archive)
    return {"listing": listing_json(archive),
            "counts": {name: dump[name][0] for name in COUNTED},
            "tables": dump}


def one_line_refusal(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text, text
    assert text.rstrip().endswith((".", ")")), text
    return text


# --- the `tirkeu` command, in-process -------------------------------------------------------

MONITOR, COORDINATOR = "Marat", "Coordinator Aigerim"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Vault:
    """``tirkeu --data-dir DIR --passphrase-file FILE ...`` on one vault, in-process."""

    def __init__(self, capsys: Any, data_dir: Path, passphrase_file: Path):
        self.capsys, self.data_dir, self.passphrase_file = capsys, data_dir, passphrase_file

    def __call__(self, *args: object) -> Result:
        from desktop_app import cli

        self.capsys.readouterr()
        try:
            code = cli.main(["--data-dir", str(self.data_dir), "--passphrase-file",
                             str(self.passphrase_file), *[str(a) for a in args]])
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err, err
        return Result(code, out, err)

    def ok(self, *args: object) -> Result:
        result = self(*args)
        assert result.code == 0 and result.err == "", result
        return result

    def refused(self, *args: object) -> str:
        """Exit 1 with exactly one line on stderr; returns that line."""
        result = self(*args)
        assert result.code == 1, result
        assert result.out == "", result
        assert result.err.startswith("tirkeu: ") and result.err.count("\n") == 1, result.err
        return result.err.strip()

    def listed(self) -> list[dict[str, Any]]:
        return self.ok("list", "--json").json()

    def listed_text(self) -> str:
        return self.ok("list", "--json").out

    def state(self) -> dict[str, Any]:
        """Everything in the store (opened in-process), for before/after comparisons."""
        from desktop_app.storage.archive import open_archive

        with open_archive(self.data_dir, PASSPHRASE) as archive:
            return store_state(archive)


# --- opening bundles by hand ---------------------------------------------------------------

def decrypt(bundle: bytes, archive: Archive) -> bytes:
    identity = pyrage.x25519.Identity.from_str(archive.keys().age_identity)
    return pyrage.decrypt(bundle, [identity])


def members(plaintext: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    out = []
    with tarfile.open(fileobj=io.BytesIO(plaintext), mode="r:") as tar:
        for info in tar:
            handle = tar.extractfile(info) if info.isreg() else None
            out.append((info, handle.read() if handle else b""))
    return out


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- crafting bundles ------------------------------------------------------------------------

@dataclass
class Entry:
    """One tar member as a crafted bundle holds it."""

    name: str
    data: bytes = b""
    kind: bytes = REGTYPE
    linkname: str = ""
    pax: dict[str, str] = field(default_factory=dict)

    @property
    def listed(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": sha256(self.data), "size": len(self.data)}


def tar_of(entries: Sequence[Entry]) -> bytes:
    """An uncompressed tar of ``entries`` in this order (ustar; pax only when asked)."""
    buf = io.BytesIO()
    pax = any(e.pax for e in entries)
    with tarfile.open(fileobj=buf, mode="w",
                      format=tarfile.PAX_FORMAT if pax else tarfile.USTAR_FORMAT) as tar:
        for e in entries:
            info = tarfile.TarInfo(e.name)
            info.type, info.linkname = e.kind, e.linkname
            info.mode, info.mtime = 0o600, 1_700_000_000
            info.uid = info.gid = 0
            info.pax_headers = dict(e.pax)
            if e.kind == REGTYPE:
                info.size = len(e.data)
                tar.addfile(info, io.BytesIO(e.data))
            else:
                tar.addfile(info)
    return buf.getvalue()


def seal(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt as an age v1 file with Tirkeu's own streaming encrypter."""
    out = io.BytesIO()
    encrypt_stream(lambda sink: sink.write(plaintext), out, list(recipients))
    return out.getvalue()


def now_text() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def record_bytes(incident: dict[str, Any], saved_by: str,
                 attachments: Sequence[dict[str, Any]] = (),
                 revision_id: str | None = None) -> bytes:
    """``records/<uuid>.json`` of one incident with a single revision (FORMATS.md)."""
    revision = {"id": revision_id or str(uuid.uuid4()), "number": 1, "parent_id": None,
                "saved_at": now_text(), "saved_by": saved_by,
                "changed": [k for k in incident if k != "id"], "snapshot": incident,
                "merged_id": None}
    record = {"incident": incident, "revisions": [revision], "attachments": list(attachments)}
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")


def attachment_info(data: bytes, filename: str = "photo.jpg",
                    media_type: str = "image/jpeg") -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "filename": filename, "media_type": media_type,
            "size": len(data), "sha256": sha256(data), "added_at": now_text()}


def fresh_incident(title: str) -> dict[str, Any]:
    return canonical({"id": str(uuid.uuid4()), "title": title, "date": "2021-03-08",
                      "region": "almaty_city", "violations": ["arrest"],
                      "victims": [{"name": "Test Person", "category": "journalist"}]})


class Craft:
    """A bundle from ``sender`` to ``receiver`` assembled by hand, piece by piece, so one
    test can break exactly one rule. ``bundle()`` with no arguments is a valid bundle."""

    def __init__(self, sender: Archive, receiver: Archive, *, sequence: int,
                 previous: str | None):
        self.sender, self.receiver = sender, receiver
        self.sequence, self.previous = sequence, previous
        self.photo = b"\xff\xd8\xff\xe0 crafted photo " + uuid.uuid4().bytes * 64
        first, second = fresh_incident("Crafted one"), fresh_incident("Crafted two")
        self.incidents = [first, second]
        self.photo_info = attachment_info(self.photo)
        name = sender.keys().card().name
        self.records = [
            Entry(f"records/{first['id']}.json", record_bytes(first, name, [self.photo_info])),
            Entry(f"records/{second['id']}.json", record_bytes(second, name)),
        ]
        self.attachments = [Entry(f"attachments/{sha256(self.photo)}", self.photo)]

    @property
    def entries(self) -> list[Entry]:
        return [*self.records, *self.attachments]

    def manifest(self, listed: Sequence[dict[str, Any]] | None = None, *,
                 signer: Archive | None = None, recipients: Sequence[str] | None = None,
                 **overrides: Any) -> bytes:
        card = (signer or self.sender).keys().card()
        own = self.sender.keys().card()
        obj: dict[str, Any] = {
            "format": "tirkeu-bundle", "version": 1, "bundle_id": str(uuid.uuid4()),
            "kind": "incidents", "sender": {"fingerprint": card.fingerprint, "name": card.name},
            "sequence": self.sequence, "previous_manifest_sha256": self.previous,
            "recipients": list(recipients if recipients is not None else
                               [self.receiver.keys().age_recipient, own.age_recipient]),
            "created_at": now_text(),
            "members": list(listed if listed is not None else [e.listed for e in self.entries]),
        }
        obj.update(overrides)
        return json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")

    def signature(self, manifest: bytes, signer: Archive | None = None) -> bytes:
        return (signer or self.sender).keys().sign(manifest, NAMESPACE).encode("ascii")

    def plaintext(self, entries: Sequence[Entry] | None = None, *,
                  manifest: bytes | None = None, signature: bytes | None = None,
                  head: Callable[[Entry, Entry, list[Entry]], list[Entry]] | None = None,
                  signer: Archive | None = None, **manifest_args: Any) -> bytes:
        body = list(self.entries if entries is None else entries)
        if manifest is None:
            manifest_args.setdefault("listed", [e.listed for e in body])
            manifest = self.manifest(signer=signer, **manifest_args)
        signature = signature if signature is not None else self.signature(manifest, signer)
        first, second = Entry("manifest.json", manifest), Entry("manifest.json.sig", signature)
        ordered = head(first, second, body) if head else [first, second, *body]
        return tar_of(ordered)

    def bundle(self, *, encrypt_to: Sequence[str] | None = None, **kwargs: Any) -> bytes:
        recipients = encrypt_to if encrypt_to is not None else [
            self.receiver.keys().age_recipient, self.sender.keys().age_recipient]
        return seal(self.plaintext(**kwargs), recipients)


# --- byte-level fuzz of a valid bundle -------------------------------------------------------

@dataclass(frozen=True)
class Mutation:
    kind: str                       # flip, truncate, extend
    edits: tuple[tuple[int, int], ...] = ()   # (position, xor mask) for flips
    keep: int = 0                   # bytes kept, for truncations
    tail: bytes = b""               # bytes appended, for extensions

    def apply(self, data: bytes) -> bytes:
        if self.kind == "flip":
            out = bytearray(data)
            for position, mask in self.edits:
                out[position % len(out)] ^= mask
            return bytes(out)
        if self.kind == "truncate":
            return data[:self.keep]
        return data + self.tail


def flips(size: int) -> st.SearchStrategy[Mutation]:
    """One to four bytes changed anywhere; half of the draws aim at the age header."""
    header = min(size, 400)
    position = st.one_of(st.integers(0, header - 1), st.integers(0, size - 1))
    edit = st.tuples(position, st.integers(1, 255))
    return st.lists(edit, min_size=1, max_size=4, unique_by=lambda e: e[0]).map(
        lambda e: Mutation("flip", edits=tuple(e)))


def truncations(size: int) -> st.SearchStrategy[Mutation]:
    """Anything from an empty file to one byte short, with the tail end favoured."""
    keep = st.one_of(st.integers(0, size - 1), st.integers(max(0, size - 70_000), size - 1),
                     st.sampled_from([0, 1, 21, 22, size - 16, size - 17, size - 1]))
    return keep.map(lambda k: Mutation("truncate", keep=max(0, min(k, size - 1))))


def extensions() -> st.SearchStrategy[Mutation]:
    """Bytes appended: garbage, zeros, and a copy of a whole age chunk's worth."""
    tail = st.one_of(st.binary(min_size=1, max_size=64),
                     st.integers(1, 70_000).map(lambda n: b"\0" * n),
                     st.sampled_from([b"\n", b"age-encryption.org/v1\n", b"\0" * 512 * 2]))
    return tail.map(lambda t: Mutation("extend", tail=t))


def mutations(size: int) -> st.SearchStrategy[Mutation]:
    return st.one_of(flips(size), truncations(size), extensions())


HANG_SECONDS = 2.0  # an import of these small bundles takes well under 0.2 s


class Hung(AssertionError):
    pass


def within_deadline(fn: Callable[..., Any], *args: Any, seconds: float = HANG_SECONDS) -> Any:
    """``fn(*args)`` in a daemon thread; Hung if it has not returned after ``seconds`` (the
    thread is then left blocked: a deadlocked import cannot be interrupted)."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="import-under-test", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise Hung(f"the import did not return within {seconds:g} s: it hangs")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def check_refused(archive: Archive, path: Path, before: dict[str, Any]) -> str:
    """Import ``path``: it must be refused with one clear sentence, promptly, and change
    nothing."""
    from desktop_app.sync.errors import BundleRejected
    from desktop_app.sync.importer import open_bundle

    try:
        report = within_deadline(open_bundle, archive, path)
    except BundleRejected as exc:
        message = one_line_refusal(exc)
    else:
        raise AssertionError(f"a damaged bundle was accepted: {report.sentence()}")
    after = store_state(archive)
    assert after == before, "a refused bundle changed the store"
    return message


# --- a small world of vaults for refusal tests and the fuzz runner ---------------------------

@dataclass
class World:
    """A monitor whose bundles 1 and 3 the coordinator imported (2 and 4 are not imported),
    an outsider nobody trusts, a contact of the coordinator who is not a trusted signer, and
    a head office the coordinator holds as one of its own coordinators. All archives stay
    open until ``close()``."""

    folder: Path
    monitor: Archive
    coordinator: Archive
    outsider: Archive
    untrusted: Archive
    head_office: Archive
    bundles: dict[str, Path]
    last_manifest_sha256: str

    def craft(self) -> Craft:
        """A bundle that would be the monitor's number 5 (4 exists, not imported)."""
        return Craft(self.monitor, self.coordinator, sequence=5,
                     previous=self.last_manifest_sha256)

    def close(self) -> None:
        for archive in (self.monitor, self.coordinator, self.outsider, self.untrusted,
                        self.head_office):
            if not archive.vault.locked:
                archive.close()


def build_world(folder: Path) -> World:
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.importer import open_bundle

    folder.mkdir(parents=True, exist_ok=True)
    monitor = new_archive(folder / "monitor", MONITOR)
    coordinator = new_archive(folder / "coordinator", COORDINATOR)
    outsider = new_archive(folder / "outsider", "Outsider")
    untrusted = new_archive(folder / "untrusted", "Untrusted Colleague")
    head_office = new_archive(folder / "head-office", "Head Office")
    introduce(coordinator, monitor)
    introduce(coordinator, untrusted, trusted=False)
    introduce(coordinator, head_office, coordinator=True)
    introduce(monitor, coordinator, coordinator=True)
    introduce(monitor, outsider)
    monitor.incidents.save_many(list(parse_incidents(realistic())), MONITOR)
    ids = monitor.incidents.all_ids()
    photo = folder / "photo.jpg"
    photo.write_bytes(photo_with_gps())  # leaves as a copy rebuilt from its pixels
    monitor.attachments.add_stream(ids[0], io.BytesIO(photo.read_bytes()), "photo.jpg",
                                   "image/jpeg")
    photo.unlink()
    bundles: dict[str, Path] = {}
    for number, name in enumerate(("first", "older", "third", "fresh"), start=1):
        if number > 1:
            changed = incident_to_json(monitor.incidents.get(ids[number]))
            changed["title"] = f"Edited before bundle {number}"
            monitor.incidents.save(incident_from_json(changed), MONITOR)
        bundles[name] = folder / f"marat-{number}.tirkeu"
        export_bundle(monitor, [COORDINATOR], bundles[name], since_last=(number > 1))
    open_bundle(coordinator, bundles["first"])
    open_bundle(coordinator, bundles["third"])
    third = {i.name: d for i, d in members(decrypt(bundles["third"].read_bytes(), coordinator))}
    return World(folder, monitor, coordinator, outsider, untrusted, head_office, bundles,
                  sha256(third["manifest.json"]))
