"""One pass over a folder shared by a file transport (Syncthing, Nextcloud, a USB stick):
a network without a server (`tirkeu sync --folder DIR`, the window's Exchange page).

A pass imports every complete bundle or receipt addressed to this vault, writes the
receipts it owes for the bundles it imported, sends what is due to its coordinators, and
removes the files it wrote once a receipt covers them. It reuses what a person does by
hand: ``importer.open_bundle`` for each file, ``receipts.seal_receipt_for`` per sender,
``export.export_bundle`` with ``since_last`` to the coordinator contacts.

- Files are written as ``<random>.tirkeu`` (nothing in the name says who, when or what),
  as ``.part`` first and renamed when complete, as export always does.
- A file still arriving (``folder_files``) is left for the next pass, never refused.
- A file for someone else is known from its age header and never read further.
- A file that is really bad is refused once: reported in the pass that meets it, then
  remembered by its SHA-256 and passed over in silence.
- A file imported before is known by name, size and time (or by its hash), and not
  decrypted again: a pass with nothing new reads no file and writes nothing.
- Only this vault's own files are ever removed.

Who is a coordinator: the contacts marked so (``contacts add --coordinator``, or the
window's Contacts page); a card carries no role. A vault set up as a coordinator (its
role, in Settings) sends no incidents through the folder, only receipts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _, n_
from desktop_app.crypto.files import sha256_of
from desktop_app.storage import sync_seen as seen
from desktop_app.storage.archive import Archive
from desktop_app.sync import folder_files as files
from desktop_app.sync.errors import BundleRejected, OwnBundle
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle
from desktop_app.sync.receipts import seal_receipt_for
from desktop_app.sync.report import ImportReport
from desktop_app.sync.streams import Progress, no_progress

UPDATES = ("vocabulary", "revocations")  # bundle kinds whose changes are said one by one


class FolderGone(TirkeuError):
    """The shared folder is not there (unmounted, removed, renamed)."""


@dataclass(frozen=True)
class PassReport:
    bundles_in: int = 0        # bundles imported this pass
    receipts_in: int = 0       # receipts imported
    bundles_out: int = 0       # bundles written to the folder
    receipts_out: int = 0      # receipts written
    removed: int = 0           # this vault's own files removed because a receipt covers them
    waiting: int = 0           # half-copied / still growing / temp files left for the next pass
    refused: tuple[tuple[str, str], ...] = ()  # (file name, one sentence), first time only
    # What each coordinator's update taken this pass changed (a vocabulary update, a
    # revocation list): its import sentence, so the person sees it, not only "1 bundle in".
    updates: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """Anything in or out or removed."""
        return bool(self.bundles_in or self.receipts_in or self.bundles_out
                    or self.receipts_out or self.removed)


@dataclass
class _Pass:
    archive: Archive
    folder: Path
    key: str                     # the folder as the database knows it
    known: dict[str, seen.SeenFile]
    trust: str                   # the contacts as they stand (seen.trust_state)
    waiting: int = 0
    bundles_in: int = 0
    receipts_in: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    updates: list[str] = field(default_factory=list)
    met: list[seen.SeenFile] = field(default_factory=list)  # to remember: others' files


def sync_folder(archive: Archive, folder: Path, *, progress: Progress = no_progress) -> PassReport:
    """One pass over ``folder``; FolderGone if it is not a folder. Idempotent."""
    folder = Path(os.path.abspath(folder))
    names = _listing(folder)
    with archive.database.reading() as conn:
        known = seen.seen_in(conn, str(folder))
        trust = seen.trust_state(conn)
    state = _Pass(archive, folder, str(folder), known, trust)
    ours = _classify(state, names)
    _import(state, ours, progress)
    if state.met:
        with archive.database.transaction() as conn:
            seen.record(conn, state.key, state.met)
    receipts_out = _answer(state)
    bundles_out = _send(state)
    removed = _tidy(state, _listing(folder))  # what is there now, this pass's own files too
    return PassReport(state.bundles_in, state.receipts_in, bundles_out, receipts_out, removed,
                      state.waiting, tuple(state.refused), tuple(state.updates))


def _listing(folder: Path) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return sorted(e.name for e in entries if e.is_file(follow_symlinks=False))
    except (FileNotFoundError, NotADirectoryError):
        raise FolderGone(_("The folder {path} is not there any more (unmounted, moved or "
                           "removed); nothing was synced.").format(path=folder)) from None
    except OSError as exc:
        raise FolderGone(_("Cannot read the folder {path}: {reason}; nothing was "
                           "synced.").format(path=folder, reason=exc.strerror or exc)) from None


def _classify(state: _Pass, names: list[str]) -> list[tuple[str, files.Stat]]:
    """The files of this pass to open, cheapest tests first: names, sizes and times, the
    age header; the others are counted as waiting or remembered as someone else's."""
    identity = state.archive.keys().age_identity
    ours = []
    for name in names:
        if files.is_temporary(name):
            state.waiting += 1
            continue
        if not name.endswith(files.SUFFIX):
            continue  # not a bundle: the folder may hold anything else
        stat = files.Stat.of(state.folder / name)
        if stat is None:
            state.waiting += 1
            continue
        before = state.known.get(name)
        if (before is not None and (before.size, before.mtime_ns) == (stat.size, stat.mtime_ns)
                and before.stands(state.trust)):
            continue  # met before, as it is now
        if not files.settled(stat):
            state.waiting += 1
            continue
        addressed = files.addressing(state.folder / name, stat, identity)
        if addressed == "waiting":
            state.waiting += 1
        elif addressed == "other":
            state.met.append(seen.SeenFile(name, stat.size, stat.mtime_ns, None, seen.OTHER,
                                           None))
        else:  # ours, or no bundle at all: opened, and refused with its sentence if bad
            ours.append((name, stat))
    return ours


def _import(state: _Pass, ours: list[tuple[str, files.Stat]], progress: Progress) -> None:
    total, offset = max(1, sum(s.size for _n, s in ours)), 0
    for name, stat in ours:
        path = state.folder / name

        def advance(done: int, _total: int, base: int = offset) -> None:
            progress(min(base + done, total), total)

        _import_one(state, path, stat, advance)
        offset += stat.size
        progress(min(offset, total), total)


def _import_one(state: _Pass, path: Path, stat: files.Stat, progress: Progress) -> None:
    archive = state.archive
    try:
        sha = sha256_of(path)
    except OSError:
        state.waiting += 1
        return
    with archive.database.reading() as conn:
        verdict = seen.verdict_of(conn, sha, state.trust)
    if verdict is not None:  # the same content met before, under another name or time
        _remember(state, path.name, stat, sha, verdict)
        return
    try:
        report = open_bundle(archive, path, progress=progress, sha256=sha)
    except OwnBundle:
        _remember(state, path.name, stat, sha, seen.OWN)
        return
    except BundleRejected as exc:  # the file itself is bad: refused once, remembered
        if files.Stat.of(path) != stat:
            state.waiting += 1  # it changed while it was read: still arriving
            return
        _remember(state, path.name, stat, sha, seen.REFUSED)
        state.refused.append((path.name, str(exc)))
        return
    except Exception as exc:  # noqa: BLE001 - one file's fault must not stop the pass
        # Not the file's fault as far as anyone can tell (the vault locking under the
        # pass, a damaged page, a fault of the program): said, but not remembered, so the
        # next pass tries the file again instead of refusing a good bundle for ever.
        if files.Stat.of(path) != stat:
            state.waiting += 1
            return
        why = str(exc) if isinstance(exc, TirkeuError) else _(
            "Something went wrong ({fault}); nothing from it was imported.").format(
                fault=type(exc).__name__)
        state.refused.append((path.name, why))
        return
    fresh = not report.already_imported  # else imported by hand, or from another folder
    owed = {"sender": report.sender, "bundle_id": report.bundle_id,
            "sequence": report.sequence, "items": [list(i) for i in report.items]}
    _remember(state, path.name, stat, sha, seen.IMPORTED,
              owed=owed if fresh and report.kind == "incidents" else None)
    if fresh and report.kind == "receipt":
        state.receipts_in += 1
    elif fresh:
        state.bundles_in += 1
        if report.kind in UPDATES:
            state.updates.append(report.sentence())


def _remember(state: _Pass, name: str, stat: files.Stat, sha: str | None, verdict: str,
              bundle_id: str | None = None, owed: dict[str, Any] | None = None,
              answering: Sequence[str] = ()) -> None:
    """Remember one file now, in its own transaction: what was imported stays known (with
    the receipt it is owed) even if the pass stops on the next file. ``answering``: the
    files whose owed receipt this one is."""
    trust = state.trust if verdict == seen.REFUSED else None
    with state.archive.database.transaction() as conn:
        seen.record(conn, state.key, [seen.SeenFile(name, stat.size, stat.mtime_ns, sha,
                                                    verdict, bundle_id, trust, owed)])
        seen.answered(conn, state.key, answering)


def _written(state: _Pass, path: Path, bundle_id: str | None,
             answering: Sequence[str] = ()) -> None:
    stat = files.Stat.of(path)
    if stat is not None:
        _remember(state, path.name, stat, None, seen.OWN, bundle_id, answering=answering)


def _answer(state: _Pass) -> int:
    """One receipt per sender for the bundles of incidents imported from this folder and
    not answered yet (this pass's, and any a pass stopped before answering)."""
    with state.archive.database.reading() as conn:
        owed = [f for f in seen.seen_in(conn, state.key).values() if f.owed]
    by_sender: dict[str, list[seen.SeenFile]] = {}
    for f in owed:
        assert f.owed is not None
        by_sender.setdefault(f.owed["sender"], []).append(f)
    senders = {c.name: c for c in state.archive.contacts.all()}
    written = 0
    for sender, owing in by_sender.items():
        names = [f.name for f in owing]
        if sender not in senders or senders[sender].revoked:
            with state.archive.database.transaction() as conn:
                seen.answered(conn, state.key, names)  # nobody to answer any more
            continue
        reports = [ImportReport(bundle_id=o["bundle_id"], sender=sender, kind="incidents",
                                sequence=o["sequence"], items=[(i, r) for i, r in o["items"]])
                   for o in (f.owed for f in owing) if o is not None]
        out = files.neutral_name(state.folder)
        seal_receipt_for(state.archive, reports, out)
        _written(state, out, None, answering=names)
        written += 1
    return written


def coordinators(archive: Archive) -> list[str]:
    """The names of the contacts this vault sends its work to (not revoked)."""
    return [c.name for c in archive.contacts.all() if c.coordinator and not c.revoked]


def _send(state: _Pass) -> int:
    """What is due to the coordinators, in one bundle to all of them: each then holds the
    whole chain of this vault's bundles (no false gaps), and the folder holds one copy."""
    if state.archive.role == "coordinator":
        return 0
    names = coordinators(state.archive)
    if not names:
        return 0
    out = files.neutral_name(state.folder)
    result = export_bundle(state.archive, names, out, since_last=True)
    if result.path is None:
        return 0
    _written(state, out, result.bundle_id)
    return 1


def _tidy(state: _Pass, names: list[str]) -> int:
    """Remove this vault's bundles a receipt covers; forget files that are gone."""
    archive = state.archive
    with archive.database.reading() as conn:
        now_known = seen.seen_in(conn, state.key)
        candidates = [f for f in now_known.values() if f.verdict == seen.OWN and f.bundle_id]
        covered = seen.covered_bundles(conn, [f.bundle_id for f in candidates if f.bundle_id])
    present = set(names)
    removed: list[str] = []
    for own in candidates:
        if own.bundle_id not in covered or own.name not in present:
            continue
        path = state.folder / own.name
        if files.Stat.of(path) != files.Stat(own.size, own.mtime_ns):
            continue  # not the file this vault wrote any more
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            continue
        removed.append(own.name)
    gone = [n for n, f in now_known.items() if n in removed
            or (n not in present and f.verdict not in seen.REMEMBERED)]
    if gone:
        with archive.database.transaction() as conn:
            seen.forget(conn, state.key, gone)
    return len(removed)


def describe(report: PassReport) -> str:
    """One line for a person: "3 bundles in · 1 receipt out", or "nothing new"."""
    parts = []
    for count, forms in (
            (report.bundles_in, lambda n: n_("{n} bundle in", "{n} bundles in", n)),
            (report.receipts_in, lambda n: n_("{n} receipt in", "{n} receipts in", n)),
            (report.bundles_out, lambda n: n_("{n} bundle out", "{n} bundles out", n)),
            (report.receipts_out, lambda n: n_("{n} receipt out", "{n} receipts out", n)),
            (report.removed, lambda n: n_("{n} delivered file removed",
                                          "{n} delivered files removed", n))):
        if count:
            parts.append(_counted(forms, count))
    if not parts:
        parts.append(_("nothing new"))
    if report.waiting:
        parts.append(_counted(lambda n: n_("{n} file still arriving", "{n} files still arriving",
                                           n), report.waiting))
    if report.refused:
        parts.append(_counted(lambda n: n_("{n} file refused", "{n} files refused", n),
                              len(report.refused)))
    return " · ".join(parts)


def _counted(forms: Callable[[int], str], n: int) -> str:
    return forms(n).format(n=n)
