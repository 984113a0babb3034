"""Updates by bundle, signed by a coordinator: vocabulary updates and revocation lists.

Both are bundles of their own kind (docs/FORMATS.md, "Updates"), with one member,
``update.json``, written like any bundle (``export.write_bundle``) and opened through the
one import path (``importer``), which has already checked that the signer is a trusted,
unrevoked contact marked coordinator and that the file is addressed to this vault. The
coordinator's own vault applies its vocabulary update as it writes it, in the same
transaction as its ledger entry. A revocation list does what ``tirkeu contacts revoke``
does for each key it names, except this vault's own key and the list's signer's, which
it never revokes; revocations only add up, so an older list never lifts one.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _, current
from desktop_app.core.vocabulary import vocabulary
from desktop_app.crypto.age_stream import DecryptingReader
from desktop_app.crypto.identity import fingerprint
from desktop_app.storage import exchange_store as store
from desktop_app.storage import network_store as network
from desktop_app.storage.archive import Archive
from desktop_app.storage.revocations import add_revoked, matching_key
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync import vocabulary_update as vocab
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.export import _Entry, write_bundle
from desktop_app.sync.members import finish
from desktop_app.sync.report import ImportReport
from desktop_app.sync.revocation import refuse_revoked_recipients

LIST_FORMAT, LIST_VERSION = "tirkeu-revocation-list", 1
MAX_KEYS = 10_000


class UpdateRefused(TirkeuError):
    """No update was written; nothing changed."""


@dataclass(frozen=True)
class UpdateResult:
    path: Path
    sequence: int
    revision: int        # the vocabulary update's revision (0 for a revocation list)
    count: int           # terms or keys it holds
    size: int


def _recipients(archive: Archive, to: Sequence[str]) -> tuple[list[str], list[str]]:
    if archive.role != "coordinator":
        raise UpdateRefused(_("Updates are signed by a coordinator, and this vault is a "
                              "monitor's; nothing was written."))
    if not to:
        raise UpdateRefused(_("Name at least one contact to send the bundle to."))
    contacts = [archive.contacts.get(name) for name in dict.fromkeys(to)]
    refuse_revoked_recipients(contacts)
    their = [c.age_recipient for c in contacts]
    return their, list(dict.fromkeys([*their, archive.keys().age_recipient]))


def _write(archive: Archive, kind: str, content: dict[str, Any], to: Sequence[str],
           out: Path, apply: Any = None) -> tuple[int, int]:
    their, recipients = _recipients(archive, to)
    data = json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")

    def ledger(conn: Any, bundle_id: str, sequence: int, manifest_sha: str) -> None:
        store.record_sent(conn, bundle_id, sequence, kind, manifest_sha, their, [])
        if apply is not None:
            apply(conn)

    _id, sequence, _sha, size = write_bundle(
        archive, recipients, out, kind, [_Entry(fmt.UPDATE, len(data), fmt.sha256(data), data)],
        None, ledger)
    return sequence, size


def make_vocabulary_update(archive: Archive, source: Path, to: Sequence[str],
                           out: Path) -> UpdateResult:
    """Sign the terms of the file ``source`` into a vocabulary update for ``to``, applied
    here at once. Each term leaves complete (labels in three languages, a legal article's
    case code and number), so a vault that missed an earlier update can still apply it."""
    try:
        obj = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UpdateRefused(_("Cannot read {path}: {reason}.").format(
            path=source, reason=exc.strerror or exc)) from None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise UpdateRefused(_("{path} is not valid JSON; nothing was written.").format(
            path=source)) from None
    network.install_network_vocabulary(archive.database)
    terms = [_complete(term) for term in vocab.parse_terms(obj)]
    with archive.database.reading() as conn:
        revision = network.highest_revision(conn) + 1
    own = archive.keys().card().fingerprint

    def apply(conn: Any) -> None:
        vocab.apply_terms(conn, terms, revision, own, current())

    sequence, size = _write(archive, "vocabulary", vocab.as_json(terms, revision), to, out,
                            apply)
    network.install_network_vocabulary(archive.database)
    return UpdateResult(out, sequence, revision, len(terms), size)


def _complete(term: vocab.NewTerm) -> vocab.NewTerm:
    known = next((t for t in vocabulary(term.vocabulary).terms if t.code == term.code), None)
    if known is None:
        return term
    return vocab.NewTerm(term.vocabulary, term.code, {**known.labels, **term.labels},
                         {**{k: v for k, v in known.extra.items()
                             if k in ("case_code", "article")}, **term.extra}, term.retired)


def make_revocation_list(archive: Archive, to: Sequence[str], out: Path) -> UpdateResult:
    """Sign every key revoked here into a revocation list for ``to``."""
    keys = archive.revocations.all()
    if not keys:
        raise UpdateRefused(_("No key has been revoked here, so there is no revocation list "
                              "to send; nothing was written."))
    content = {"format": LIST_FORMAT, "version": LIST_VERSION,
               "keys": [{"name": k.name, "fingerprint": k.fingerprint,
                         "age_recipient": k.age_recipient, "ssh_key": k.ssh_key,
                         "revoked_at": k.revoked_at} for k in keys]}
    sequence, size = _write(archive, "revocations", content, to, out)
    return UpdateResult(out, sequence, 0, len(keys), size)


# --- opening ------------------------------------------------------------------------

def import_update(archive: Archive, reader: DecryptingReader, tar: tarfile.TarFile,
                  members: Any, listed: dict[str, fmt.Member], manifest: fmt.Manifest,
                  manifest_sha: str, report: ImportReport) -> None:
    """Apply a vocabulary update or a revocation list, in one transaction, or nothing."""
    network.install_network_vocabulary(archive.database)
    try:
        content = _content(tar, members, listed)
        with archive.database.transaction() as conn:
            if manifest.kind == "vocabulary":
                revision, terms = vocab.read_update(content)
                done = vocab.apply_terms(conn, terms, revision, manifest.sender,
                                         current())
                report.added, report.retired, report.older = done.added, done.retired, done.older
            else:
                _revoke_listed(archive, conn, content, manifest.sender, report)
            finish(reader)
            store.record_received(conn, manifest.bundle_id, manifest.sender, manifest.sequence,
                                  manifest.kind, manifest_sha, manifest.previous_sha256,
                                  report.as_json())
    except vocab.BadUpdate as exc:
        raise BundleRejected(_("The update from {name} is malformed ({reason}); nothing was "
                               "changed.").format(name=report.sender, reason=exc)) from None
    finally:
        network.install_network_vocabulary(archive.database)


def _content(tar: tarfile.TarFile, members: Any, listed: dict[str, fmt.Member]) -> Any:
    info = next(members, None)
    entry = listed.get(fmt.UPDATE)
    if (info is None or entry is None or info.name != fmt.UPDATE or not info.isreg()
            or info.size != entry.size or len(listed) != 1):
        raise BundleRejected(_("A file in the bundle differs from its manifest; it was not "
                               "imported."))
    if info.size > fmt.MAX_RECORD_BYTES:
        raise BundleRejected(_("The bundle's {member} is larger than allowed; it was not "
                               "imported.").format(member=fmt.UPDATE))
    handle = tar.extractfile(info)
    assert handle is not None
    data = handle.read()
    if fmt.sha256(data) != entry.sha256:
        raise BundleRejected(_("A file in the bundle was changed after it was signed; it "
                               "was not imported."))
    if next(members, None) is not None:
        raise BundleRejected(_("The bundle holds a file its manifest does not list (or lists "
                               "once); it was not imported."))
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise vocab.BadUpdate(_("it is not valid JSON")) from None


def _listed_keys(content: Any) -> list[dict[str, str]]:
    if not isinstance(content, dict) or content.get("format") != LIST_FORMAT:
        raise vocab.BadUpdate(_("it is not a revocation list"))
    if content.get("version") != LIST_VERSION:
        raise vocab.BadUpdate(_("it was made by a newer Tirkeu; update to apply it"))
    keys = content.get("keys")
    if not isinstance(keys, list) or len(keys) > MAX_KEYS:
        raise vocab.BadUpdate(_("its list of keys is malformed"))
    fields = ("name", "fingerprint", "age_recipient", "ssh_key")
    for key in keys:
        if (not isinstance(key, dict) or not all(isinstance(key.get(f), str) for f in fields)
                or len(key["name"]) > 200
                or fingerprint(key["age_recipient"], key["ssh_key"]) != key["fingerprint"]):
            raise vocab.BadUpdate(_("a key in it does not match its fingerprint"))
    return keys


def _revoke_listed(archive: Archive, conn: Any, content: Any, signer: str,
                   report: ImportReport) -> None:
    own = archive.keys().card()
    for key in _listed_keys(content):
        if key["fingerprint"] == own.fingerprint or key["ssh_key"] == own.ssh_key \
                or key["age_recipient"] == own.age_recipient:
            report.warnings.append(_("The list names this vault's own key; a vault never "
                                     "revokes its own key, so it was left as it is."))
            continue
        if key["fingerprint"] == signer:
            continue  # a list never revokes its own signer: that takes another coordinator
        if matching_key(conn, key["fingerprint"], key["ssh_key"], key["age_recipient"]):
            continue  # revoked here already
        contact = archive.contacts.by_fingerprint(key["fingerprint"])
        name = contact.name if contact is not None else key["name"]
        add_revoked(conn, key["fingerprint"], name, key["age_recipient"], key["ssh_key"])
        report.revoked.append(name)
