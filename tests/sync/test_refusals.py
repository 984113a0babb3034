"""Bundles that must be refused, each with its own clear one-sentence reason, leaving the
store exactly as it was (the `list --json` output, the counts, and every row of every
table).

Single flips through the command, and crafted bundles, built by hand from docs/FORMATS.md,
that each break exactly one rule and are otherwise valid (a control test proves the
crafting itself makes bundles Tirkeu accepts). The hypothesis mutations of a valid bundle
(byte flips, truncations, extensions) are tests/security/test_bundle_fuzz.py, a seeded few
hundred; the full run is ``bench/fuzz_bundles.py``.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
import pytest

import bundlekit as bk
from bundlekit import Entry, Vault
from desktop_app.storage.archive import open_archive
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.importer import open_bundle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bk.World]:
    built = bk.build_world(tmp_path_factory.mktemp("refusals"))
    yield built
    built.close()


@pytest.fixture
def coordinator_cli(world: bk.World, capsys: pytest.CaptureFixture[str],
                    passphrase_file: Path) -> Vault:
    return Vault(capsys, world.coordinator.folder, passphrase_file)


@pytest.fixture
def spare(world: bk.World, tmp_path: Path) -> Iterator[Any]:
    """A copy of the coordinator's vault, for tests whose bundle is meant to be accepted."""
    world.coordinator.database.checkpoint()
    shutil.copytree(world.coordinator.folder, tmp_path / "copy")
    archive = open_archive(tmp_path / "copy", bk.PASSPHRASE)
    yield archive
    archive.close()


def api_refusal(world: bk.World, path: Path) -> str:
    """open_bundle raises BundleRejected, in one sentence, and changes nothing."""
    return bk.check_refused(world.coordinator, path, bk.store_state(world.coordinator))


# --- the base material is valid ------------------------------------------------------------------

def test_the_fuzzed_bundle_is_valid(world: bk.World, spare: Any) -> None:
    report = open_bundle(spare, world.bundles["fresh"])
    assert report.outcomes["updated"] == 1 and not report.already_imported


def test_crafting_by_hand_makes_bundles_tirkeu_accepts(world: bk.World, spare: Any,
                                                       tmp_path: Path) -> None:
    craft = world.craft()
    path = tmp_path / "crafted.tirkeu"
    path.write_bytes(craft.bundle())
    report = open_bundle(spare, path)
    assert report.outcomes["new"] == 2 and report.attachments_added == 1
    (warning,) = report.warnings  # bundle 4 never arrived
    assert "have not arrived" in warning
    listed = {i["id"]: i for i in json.loads(bk.listing_json(spare))}
    for incident in craft.incidents:
        assert listed[incident["id"]] == incident
    (stored,) = spare.attachments.for_incident(craft.incidents[0]["id"])
    assert stored.sha256 == hashlib.sha256(craft.photo).hexdigest()
    assert stored.original_sha256 is None  # a bundle from before copies: its bytes are it


def test_a_copy_without_hidden_data_keeps_the_originals_hash(world: bk.World, spare: Any,
                                                              tmp_path: Path) -> None:
    """A record naming original_sha256 (a photo rebuilt from its pixels) is stored with the
    copy's hash as its own and the original's beside it; bundles without it (above) store
    none."""
    craft = world.craft()
    original = hashlib.sha256(b"the original photo").hexdigest()
    named = {**craft.photo_info, "original_sha256": original}
    craft.records[0] = Entry(craft.records[0].name,
                             bk.record_bytes(craft.incidents[0], bk.MONITOR, [named]))
    path = tmp_path / "copy.tirkeu"
    path.write_bytes(craft.bundle())
    assert open_bundle(spare, path).attachments_added == 1
    (stored,) = spare.attachments.for_incident(craft.incidents[0]["id"])
    assert stored.sha256 == hashlib.sha256(craft.photo).hexdigest()
    assert stored.original_sha256 == original


@pytest.mark.parametrize("where", ["version line", "first chunk", "last byte"])
def test_a_single_flip_through_the_cli(world: bk.World, coordinator_cli: Vault, where: str,
                                       tmp_path: Path) -> None:
    data = bytearray(world.bundles["fresh"].read_bytes())
    header_end = data.index(b"\n--- ") + 48
    position = {"version line": 4, "first chunk": header_end + 40,
                "last byte": len(data) - 1}[where]
    data[position] ^= 0x01
    path = tmp_path / "flipped.tirkeu"
    path.write_bytes(bytes(data))
    before, listed = bk.store_state(world.coordinator), coordinator_cli.listed_text()
    line = bk.within_deadline(coordinator_cli.refused, "import", path)
    expected = {"version line": "This is not an age v1 file",
                "first chunk": "changed or cut short", "last byte": "changed or cut short"}
    assert expected[where] in line
    assert coordinator_cli.listed_text() == listed
    assert bk.store_state(world.coordinator) == before


# --- the chain -----------------------------------------------------------------------------------

def test_a_replay_changes_nothing(world: bk.World, coordinator_cli: Vault) -> None:
    before = bk.store_state(world.coordinator)
    result = coordinator_cli("import", world.bundles["first"])
    assert result.code == 0 and "imported before" in result.out and result.err == ""
    assert bk.store_state(world.coordinator) == before


@pytest.mark.parametrize("where", ["last byte", "middle"])
def test_a_tampered_copy_of_an_imported_bundle_is_refused_not_called_a_replay(
        world: bk.World, coordinator_cli: Vault, tmp_path: Path, where: str) -> None:
    """The replay check used to answer before the members were read, so a damaged or
    doctored copy of a bundle imported before was "imported before; nothing changed"."""
    data = bytearray(world.bundles["first"].read_bytes())
    chunk = 64 * 1024
    assert len(data) > chunk + 1024  # several age chunks: the manifest is in the first
    data[-1 if where == "last byte" else chunk + (len(data) - chunk) // 2] ^= 0x01
    copy = tmp_path / "first-again.tirkeu"
    copy.write_bytes(bytes(data))
    before = bk.store_state(world.coordinator)
    line = coordinator_cli.refused("import", copy)
    assert "imported before" not in line and "changed or cut short" in line
    assert bk.store_state(world.coordinator) == before


def test_a_bundle_missing_from_the_chain_is_imported_when_it_arrives(
        world: bk.World, spare: Any) -> None:
    """Bundle 2 came after 3: it was never imported, so it is not a replay."""
    from desktop_app.sync.importer import open_bundle

    report = open_bundle(spare, world.bundles["older"])
    assert not report.already_imported
    assert report.outcomes["updated"] == 1
    assert "not arrived" not in report.sentence()
    assert open_bundle(spare, world.bundles["older"]).already_imported


# --- crafted bundles -----------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    id: str
    build: Callable[[bk.World], bytes]
    phrase: str
    patch: dict[str, int] = field(default_factory=dict)


CASES: list[Case] = []


def case(phrase: str, **patch: int) -> Callable[[Callable[[bk.World], bytes]], Callable]:
    def register(build: Callable[[bk.World], bytes]) -> Callable[[bk.World], bytes]:
        CASES.append(Case(build.__name__, build, phrase, patch))
        return build
    return register


def _stray(name: str, data: bytes = b"{}") -> Entry:
    return Entry(name, data)


@case("may not hold ('records/../../../home/monitor/.bashrc')")
def dot_dot_path(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=[*c.entries, _stray("records/../../../home/monitor/.bashrc")],
                    listed=[e.listed for e in c.entries])


@case("may not hold ('/etc/cron.d/tirkeu')")
def absolute_path(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=[*c.entries, _stray("/etc/cron.d/tirkeu")],
                    listed=[e.listed for e in c.entries])


@case("may not hold ('../escape.json')")
def pax_header_renames_a_member(w: bk.World) -> bytes:
    c = w.craft()
    first = c.records[0]
    renamed = Entry(first.name, first.data, pax={"path": "../escape.json"})
    return c.bundle(entries=[renamed, *c.records[1:], *c.attachments],
                    listed=[e.listed for e in c.entries])


@case("is malformed (attachment list)")
def original_hash_not_hex(w: bk.World) -> bytes:
    c = w.craft()
    named = {**c.photo_info, "original_sha256": "the original, trust me"}
    c.records[0] = Entry(c.records[0].name, bk.record_bytes(c.incidents[0], bk.MONITOR, [named]))
    return c.bundle()


@case("holds a link or folder")
def symlink(w: bk.World) -> bytes:
    c = w.craft()
    link = Entry(c.records[0].name, kind=tarfile.SYMTYPE, linkname="/etc/passwd")
    return c.bundle(entries=[link, *c.records[1:], *c.attachments],
                    listed=[e.listed for e in c.entries])


@case("holds a link or folder")
def hardlink(w: bk.World) -> bytes:
    c = w.craft()
    link = Entry(c.attachments[0].name, kind=tarfile.LNKTYPE, linkname="manifest.json")
    return c.bundle(entries=[*c.records, link], listed=[e.listed for e in c.entries])


@case("holds a link or folder")
def directory(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=[Entry("records", kind=tarfile.DIRTYPE), *c.entries],
                    listed=[e.listed for e in c.entries])


@case("holds a link or folder")
def fifo(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=[*c.records, Entry(c.attachments[0].name, kind=tarfile.FIFOTYPE)],
                    listed=[e.listed for e in c.entries])


@case("(or lists once)")
def duplicate_name(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=[*c.records, c.records[0], *c.attachments],
                    listed=[e.listed for e in c.entries])


@case("differs from its manifest")
def oversized_member(w: bk.World) -> bytes:
    c = w.craft()
    grown = Entry(c.records[1].name, c.records[1].data + b" " * 4096)
    return c.bundle(entries=[c.records[0], grown, *c.attachments],
                    listed=[e.listed for e in c.entries])


@case("does not list")
def member_not_in_the_manifest(w: bk.World) -> bytes:
    c = w.craft()
    extra = bk.fresh_incident("Smuggled in")
    smuggled = Entry(f"records/{extra['id']}.json", bk.record_bytes(extra, "Marat"))
    return c.bundle(entries=[*c.records, smuggled, *c.attachments],
                    listed=[e.listed for e in c.entries])


@case("missing files its manifest lists")
def listed_member_missing(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=c.records, listed=[e.listed for e in c.entries])


@case("out of order")
def attachments_before_records(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(entries=[*c.attachments, *c.records])


@case("A record in the bundle was changed after it was signed")
def record_hash_mismatch(w: bk.World) -> bytes:
    c = w.craft()
    changed = Entry(c.records[1].name, c.records[1].data.replace(b"Crafted two", b"Crafted TWO"))
    assert len(changed.data) == len(c.records[1].data)
    return c.bundle(entries=[c.records[0], changed, *c.attachments],
                    listed=[e.listed for e in c.entries])


@case("An attachment in the bundle was changed after it was signed")
def attachment_hash_mismatch(w: bk.World) -> bytes:
    c = w.craft()
    data = bytearray(c.photo)
    data[-1] ^= 0xFF
    return c.bundle(entries=[*c.records, Entry(c.attachments[0].name, bytes(data))],
                    listed=[e.listed for e in c.entries])


@case("it names another incident")
def record_names_another_incident(w: bk.World) -> bytes:
    c = w.craft()
    other = Entry(c.records[0].name, c.records[1].data)
    return c.bundle(entries=[other, c.records[1]])


@case("does not start with its manifest.json;")
def manifest_not_first(w: bk.World) -> bytes:
    return w.craft().bundle(head=lambda m, s, body: [s, m, *body])


@case("does not start with its manifest.json.sig")
def signature_not_second(w: bk.World) -> bytes:
    return w.craft().bundle(head=lambda m, s, body: [m, body[0], s, *body[1:]])


@case("signature from Marat is not valid: The signature does not match")
def bad_signature(w: bk.World) -> bytes:
    c = w.craft()
    manifest = c.manifest(listed=[e.listed for e in c.entries])
    return c.bundle(manifest=manifest, signature=c.signature(manifest + b" "))


@case("signature from Marat is not valid: It was signed by a different key")
def signed_by_another_key(w: bk.World) -> bytes:
    c = w.craft()
    manifest = c.manifest(listed=[e.listed for e in c.entries])
    return c.bundle(manifest=manifest, signature=c.signature(manifest, w.outsider))


@case("signature from Marat is not valid: The signature is malformed")
def signature_not_a_signature(w: bk.World) -> bytes:
    return w.craft().bundle(signature=b"-----BEGIN SSH SIGNATURE-----\nAAAA\n"
                                      b"-----END SSH SIGNATURE-----\n")


@case("signed by someone who is not among your trusted contacts")
def unknown_signer(w: bk.World) -> bytes:
    return w.craft().bundle(signer=w.outsider)


@case("signed by Untrusted Colleague, whose bundles you have not chosen to accept")
def untrusted_signer(w: bk.World) -> bytes:
    return w.craft().bundle(signer=w.untrusted)


@case("was made by this vault")
def own_bundle(w: bk.World) -> bytes:
    return w.craft().bundle(signer=w.coordinator)


@case("from Marat was not addressed to this vault; it was not imported")
def not_among_the_manifests_recipients(w: bk.World) -> bytes:
    c = w.craft()
    return c.bundle(recipients=[w.outsider.keys().age_recipient,
                                w.monitor.keys().age_recipient])


@case("not addressed to this vault (none of its keys opens it)")
def encrypted_for_a_third_vault(w: bk.World) -> bytes:
    return w.craft().bundle(encrypt_to=[w.outsider.keys().age_recipient,
                                        w.monitor.keys().age_recipient])


_SCRYPT: dict[str, bytes] = {}


@case("locked with a passphrase")
def passphrase_stanza(w: bk.World) -> bytes:
    if "bundle" not in _SCRYPT:  # about two seconds of scrypt; made once
        _SCRYPT["bundle"] = pyrage.passphrase.encrypt(w.craft().plaintext(), "hunter2")
    return _SCRYPT["bundle"]


def _random_recipients(n: int) -> list[str]:
    return [str(pyrage.x25519.Identity.generate().to_public()) for _ in range(n)]


@case("names more recipients than a bundle may")
def too_many_recipients(w: bk.World) -> bytes:
    return bk.seal(w.craft().plaintext(),
                   [w.coordinator.keys().age_recipient, *_random_recipients(32)])


@case("The age header has more recipients than any bundle may have")
def absurd_number_of_stanzas(w: bk.World) -> bytes:
    return bk.seal(w.craft().plaintext(),
                   [w.coordinator.keys().age_recipient, *_random_recipients(70)])


@case("encrypted to a kind of key Tirkeu does not use")
def ssh_recipient_stanza(w: bk.World) -> bytes:
    ssh = pyrage.ssh.Recipient.from_str(w.monitor.keys().card().ssh_key)
    x25519 = pyrage.x25519.Recipient.from_str(w.coordinator.keys().age_recipient)
    return pyrage.encrypt(w.craft().plaintext(), [x25519, ssh])


def _insert_stanza(bundle: bytes, stanza: bytes) -> bytes:
    first = bundle.index(b"\n") + 1
    return bundle[:first] + stanza + bundle[first:]


@case("encrypted to a kind of key Tirkeu does not use")
def unknown_stanza_type(w: bk.World) -> bytes:
    return _insert_stanza(w.craft().bundle(), b"-> tirkeu-test-plugin arg1 arg2\nAAAA\n")


@case("The age header is larger than any bundle's header may be")
def header_too_large(w: bk.World) -> bytes:
    body = (b"A" * 64 + b"\n") * 1100 + b"\n"
    return _insert_stanza(w.craft().bundle(), b"-> big-grease\n" + body)


@case("This is not an age v1 file")
def not_an_age_file(w: bk.World) -> bytes:
    return w.craft().plaintext()


@case("The file ends inside the age header")
def empty_file(w: bk.World) -> bytes:
    return b""


@case("manifest is not valid JSON")
def manifest_not_json(w: bk.World) -> bytes:
    return w.craft().bundle(manifest=b'{"format": "tirkeu-bundle", "version": 1,')


@case("made by a newer Tirkeu")
def manifest_from_the_future(w: bk.World) -> bytes:
    return w.craft().bundle(version=2)


@case("The receipt is malformed")
def malformed_receipt(w: bk.World) -> bytes:
    return w.craft().bundle(entries=[], kind="receipt", signer=w.head_office,
                            receipt={"for_bundle": "x", "delivered": "everything"})


@case("This receipt is from Marat, who is not one of your coordinators")
def receipt_from_a_non_coordinator(w: bk.World) -> bytes:
    return w.craft().bundle(entries=[], kind="receipt",
                            receipt={"for_bundle": str(uuid.uuid4()),
                                     "delivered": []})


@case("This receipt holds files, which receipts never do")
def receipt_holding_files(w: bk.World) -> bytes:
    return w.craft().bundle(kind="receipt", signer=w.head_office,
                            receipt={"for_bundle": "x", "delivered": []})


@case("larger than any bundle may be", MAX_BUNDLE_BYTES=4096)
def file_over_the_size_cap(w: bk.World) -> bytes:
    return w.craft().bundle()


@case("manifest.json is larger than allowed", MAX_MANIFEST_BYTES=200)
def manifest_over_its_cap(w: bk.World) -> bytes:
    return w.craft().bundle()


@case("records/", MAX_RECORD_BYTES=300)
def record_over_its_cap(w: bk.World) -> bytes:
    return w.craft().bundle()


_MESSAGES: dict[str, str | None] = {}  # case id → its refusal (None: it hung; failed above)


@pytest.mark.parametrize("crafted", CASES, ids=[c.id for c in CASES])
def test_a_crafted_bundle_is_refused_with_its_reason(
        crafted: Case, world: bk.World, coordinator_cli: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"{crafted.id}.tirkeu"
    path.write_bytes(crafted.build(world))
    for name, value in crafted.patch.items():
        monkeypatch.setattr(fmt, name, value)
    monkeypatch.setattr(hashlib, "scrypt", _explode)           # never any passphrase work
    monkeypatch.setattr(pyrage.passphrase, "decrypt", _explode)
    listed = coordinator_cli.listed_text()

    message = api_refusal(world, path)
    _MESSAGES[crafted.id] = message
    assert crafted.phrase in message, message
    line = bk.within_deadline(coordinator_cli.refused, "import", path)
    assert line == f"tirkeu: {message}"
    assert coordinator_cli.listed_text() == listed


def _explode(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("passphrase (scrypt) work was started")


def test_every_crafted_case_names_its_own_reason(world: bk.World, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Cases of one kind share a sentence (links and folders; unknown stanza types; a member
    listed not exactly once); no two other kinds do."""
    by_message: dict[str, list[str]] = {}
    for crafted in CASES:
        if crafted.id not in _MESSAGES:  # this test run on its own
            with monkeypatch.context() as patched:
                for name, value in crafted.patch.items():
                    patched.setattr(fmt, name, value)
                path = tmp_path / f"{crafted.id}.tirkeu"
                path.write_bytes(crafted.build(world))
                try:
                    bk.within_deadline(open_bundle, world.coordinator, path)
                except BundleRejected as exc:
                    _MESSAGES[crafted.id] = str(exc)
                except bk.Hung:
                    _MESSAGES[crafted.id] = None
        if _MESSAGES[crafted.id] is not None:
            by_message.setdefault(_MESSAGES[crafted.id], []).append(crafted.id)  # type: ignore[arg-type]
    shared = sorted(sorted(ids) for ids in by_message.values() if len(ids) > 1)
    assert shared == [
        ["directory", "fifo", "hardlink", "symlink"],
        ["duplicate_name", "member_not_in_the_manifest"],
        ["ssh_recipient_stanza", "unknown_stanza_type"],
    ]


def test_an_untrusted_contact_is_named_in_the_refusal(world: bk.World, tmp_path: Path) -> None:
    path = tmp_path / "untrusted.tirkeu"
    path.write_bytes(untrusted_signer(world))
    message = api_refusal(world, path)
    assert "Untrusted Colleague" in message and "trusted signer" in message


@pytest.mark.parametrize("clash", ["revision id", "attachment id"])
def test_an_id_clash_is_refused_in_one_sentence(world: bk.World, coordinator_cli: Vault,
                                                tmp_path: Path, clash: str) -> None:
    """A revision id another incident already uses, or one attachment id in two records:
    refused in one sentence (not a database traceback), nothing stored."""
    c = world.craft()
    if clash == "revision id":
        taken = world.coordinator.incidents.history(world.coordinator.incidents.all_ids()[0])
        incident = bk.fresh_incident("Reuses a revision id")
        entries = [Entry(f"records/{incident['id']}.json",
                         bk.record_bytes(incident, "Marat", revision_id=taken[0].revision_id))]
    else:
        entries = [Entry(f"records/{i['id']}.json", bk.record_bytes(i, "Marat", [c.photo_info]))
                   for i in c.incidents] + c.attachments
    path = tmp_path / "clash.tirkeu"
    path.write_bytes(c.bundle(entries=entries))
    assert "reuses an id that already belongs to other records" in api_refusal(world, path)
    assert "reuses an id" in bk.within_deadline(coordinator_cli.refused, "import", path)


def test_the_crafting_helpers_write_what_they_claim(world: bk.World) -> None:
    """Guards the cases above: the tars hold the member types and names they are meant to."""
    plain = world.craft().plaintext(entries=[
        Entry("records/../x", b"1"), Entry("/abs", b"2"),
        Entry("l", kind=tarfile.SYMTYPE, linkname="/etc/passwd"),
        Entry("h", kind=tarfile.LNKTYPE, linkname="manifest.json"),
        Entry("p", b"3", pax={"path": "../escape.json"})], listed=[])
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r|") as tar:
        seen = [(i.name, i.type) for i in tar]
    assert seen[:2] == [("manifest.json", tarfile.REGTYPE), ("manifest.json.sig", tarfile.REGTYPE)]
    assert seen[2:] == [("records/../x", tarfile.REGTYPE), ("/abs", tarfile.REGTYPE),
                        ("l", tarfile.SYMTYPE), ("h", tarfile.LNKTYPE),
                        ("../escape.json", tarfile.REGTYPE)]


# --- cost ----------------------------------------------------------------------------

def _importer_calls(archive: Any, path: Path) -> int:
    """How many Python-level calls (generator resumptions included) run in importer.py
    and members.py (the members' checks it calls) while ``path`` is imported."""
    import sys

    from desktop_app.sync import importer, members

    count = [0]
    files = {importer.__file__, members.__file__}

    def profile(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename in files:
            count[0] += 1

    sys.setprofile(profile)
    try:
        open_bundle(archive, path)
    finally:
        sys.setprofile(None)
    return count[0]


def _many_records(world: bk.World, receiver: Any, n: int, sequence: int) -> bytes:
    craft = bk.Craft(world.monitor, receiver, sequence=sequence, previous=None)
    incidents = [bk.fresh_incident(f"Bulk {sequence}-{i}") for i in range(n)]
    entries = [Entry(f"records/{i['id']}.json", bk.record_bytes(i, "Marat")) for i in incidents]
    return craft.bundle(entries=entries)


def test_the_importers_own_work_grows_linearly_with_the_records(world: bk.World, spare: Any,
                                                                 tmp_path: Path) -> None:
    small, large = tmp_path / "small.tirkeu", tmp_path / "large.tirkeu"
    small.write_bytes(_many_records(world, spare, 25, sequence=5))
    large.write_bytes(_many_records(world, spare, 200, sequence=6))
    few = _importer_calls(spare, small)  # number 5 first: the chain refuses older bundles
    ratio = _importer_calls(spare, large) / few
    assert ratio < 8 * 1.5, f"8 times the records cost {ratio:.0f} times the calls"
