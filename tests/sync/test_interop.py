"""Bundles against the standard tools, both ways (docs/FORMATS.md, "Opening a bundle by
hand"): a coordinator opens a Tirkeu bundle with `age` and `ssh-keygen -Y verify`; and a
bundle built by hand with `age-keygen`, `ssh-keygen`, `tar` and `age` imports into Tirkeu.

Each test is skipped, naming the tool, where that tool is not installed (.ci/run installs
the Debian packages `age` and `openssh-client`).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import tarfile
import uuid
from pathlib import Path

import pytest

import bundlekit as bk

NAMESPACE = "tirkeu-bundle-v1"
WORDLIST = bk.REPO / "resources" / "wordlist.txt"


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian packages age and "
                    "openssh-client; .ci/run installs them)")


def run(*args: str | Path, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SSH_AUTH_SOCK"}
    return subprocess.run([str(a) for a in args], cwd=cwd, input=stdin, capture_output=True,
                          env=env, timeout=60, check=False)


def test_a_tirkeu_bundle_opens_with_age_and_ssh_keygen(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    need("age", "ssh-keygen", "tar")
    monitor, coordinator = pair
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(200_000))
    first = monitor.listed()[0]["id"]
    # Its original is sent as chosen (it is no photo Tirkeu could rebuild anyway), so the
    # member is named by the SHA-256 of the very bytes attached.
    monitor.ok("attach", first, photo, "--send-original")
    bundle = tmp_path / "to-coordinator.tirkeu"
    monitor.ok("export", "--to", "Coordinator Aigerim", "--all", "--out", bundle)

    # What a coordinator does with nothing but the spec and standard tools.
    key = tmp_path / "coordinator-identity.txt"
    coordinator.ok("identity", "--secret-out", key)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    opened = run("age", "-d", "-i", key, "-o", tmp_path / "bundle.tar", bundle, cwd=tmp_path)
    assert opened.returncode == 0, opened.stderr.decode()
    listing = run("tar", "tf", tmp_path / "bundle.tar", cwd=tmp_path)
    names = listing.stdout.decode().split()
    assert names[:2] == ["manifest.json", "manifest.json.sig"]
    kinds = ["record" if n.startswith("records/") else "attachment" for n in names[2:]]
    assert kinds == sorted(kinds, key=lambda k: k != "record")  # records first

    out = tmp_path / "opened"
    out.mkdir()
    assert run("tar", "xf", tmp_path / "bundle.tar", cwd=out).returncode == 0
    card = tmp_path / "marat.card"
    monitor.ok("identity", "--out", card)
    card_obj = json.loads(card.read_text(encoding="utf-8"))
    signers = tmp_path / "allowed_signers"
    signers.write_text(f'"{card_obj["name"]}" namespaces="{NAMESPACE}" {card_obj["ssh_key"]}\n',
                       encoding="utf-8")
    verified = run("ssh-keygen", "-Y", "verify", "-f", signers, "-I", card_obj["name"],
                   "-n", NAMESPACE, "-s", out / "manifest.json.sig", cwd=out,
                   stdin=(out / "manifest.json").read_bytes())
    assert verified.returncode == 0, verified.stderr.decode()
    assert "Good" in (verified.stdout + verified.stderr).decode()

    # The manifest lists every other member with its SHA-256 and size, and nothing else.
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(m["name"] for m in manifest["members"]) == sorted(names[2:])
    for member in manifest["members"]:
        data = (out / member["name"]).read_bytes()
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (member["sha256"],
                                                                member["size"])
    assert f"attachments/{hashlib.sha256(photo.read_bytes()).hexdigest()}" in names
    assert manifest["sender"]["name"] == card_obj["name"]

    # The wrong namespace, or someone else's key, does not verify.
    wrong = run("ssh-keygen", "-Y", "verify", "-f", signers, "-I", card_obj["name"],
                "-n", "file", "-s", out / "manifest.json.sig", cwd=out,
                stdin=(out / "manifest.json").read_bytes())
    assert wrong.returncode != 0

    # Encrypted to the sender too: the monitor can open its own bundle.
    own = tmp_path / "monitor-identity.txt"
    monitor.ok("identity", "--secret-out", own)
    assert run("age", "-d", "-i", own, "-o", tmp_path / "own.tar", bundle,
               cwd=tmp_path).returncode == 0
    assert (tmp_path / "own.tar").read_bytes() == (tmp_path / "bundle.tar").read_bytes()


def _words(hex_fingerprint: str) -> str:
    words = [w.strip() for w in WORDLIST.read_text(encoding="utf-8").splitlines() if w.strip()]
    return " ".join(words[b] for b in bytes.fromhex(hex_fingerprint)[:8])


def test_a_bundle_made_by_hand_with_standard_tools_imports(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    need("age", "age-keygen", "ssh-keygen", "tar")
    _monitor, coordinator = pair
    work = tmp_path / "hand"
    work.mkdir()

    # Keys, made by the standard tools.
    assert run("age-keygen", "-o", "age-key.txt", cwd=work).returncode == 0
    recipient = next(line.split(": ", 1)[1] for line in
                     (work / "age-key.txt").read_text().splitlines()
                     if line.startswith("# public key: "))
    assert run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "field laptop",
               "-f", "id_ed25519", cwd=work).returncode == 0
    ssh_key = " ".join((work / "id_ed25519.pub").read_text().split()[:2])

    # A contact card, fingerprint computed as FORMATS.md says.
    fingerprint = hashlib.sha256(f"{recipient}\n{ssh_key}\n".encode()).hexdigest()
    card = {"format": "tirkeu-contact", "version": 1, "name": "Hand Made",
            "age_recipient": recipient, "ssh_key": ssh_key, "fingerprint": _words(fingerprint)}
    (work / "hand.card").write_text(json.dumps(card), encoding="utf-8")
    coordinator.ok("contacts", "add", work / "hand.card", "--yes")
    vault_card = tmp_path / "coordinator.card"
    coordinator.ok("identity", "--out", vault_card)
    vault_recipient = json.loads(vault_card.read_text(encoding="utf-8"))["age_recipient"]

    # Members, written from the spec.
    photo = b"\x89PNG\r\n\x1a\n" + os.urandom(150_000)
    photo_sha = hashlib.sha256(photo).hexdigest()
    incident_id, person_id, revision_id = (str(uuid.uuid4()) for _ in range(3))
    incident = {
        "id": incident_id, "title": "Журналист задержан у здания суда", "date": "2023-09-14",
        "date_end": None, "region": "shymkent", "place": "Облсуд",
        "violations": ["detention", "threat"],
        "victims": [{"person_id": person_id, "name": "Ерлан Ахметов", "category": "journalist",
                     "gender": "male", "organization": "", "fatal": False}],
        "perpetrators": [{"kind": "police", "description": ""}], "legal_cases": [],
        "remedies": [], "description": "Made by hand with age and ssh-keygen.",
        "sources": [{"kind": "interview", "reference": "call", "reliability": "high"}],
        "tags": ["interop"], "status": "draft"}
    record = {
        "incident": incident,
        "revisions": [{"id": revision_id, "number": 1, "parent_id": None,
                       "saved_at": "2023-09-14T10:00:00Z", "saved_by": "Hand Made",
                       "changed": ["title"], "snapshot": incident, "merged_id": None}],
        "attachments": [{"id": str(uuid.uuid4()), "filename": "court.png",
                         "media_type": "image/png", "size": len(photo), "sha256": photo_sha,
                         "added_at": "2023-09-14T10:05:00Z"}]}
    (work / "records").mkdir()
    (work / "attachments").mkdir()
    record_name = f"records/{incident_id}.json"
    (work / record_name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (work / f"attachments/{photo_sha}").write_bytes(photo)
    members = []
    for name in (record_name, f"attachments/{photo_sha}"):
        data = (work / name).read_bytes()
        members.append({"name": name, "sha256": hashlib.sha256(data).hexdigest(),
                        "size": len(data)})
    manifest = {"format": "tirkeu-bundle", "version": 1, "bundle_id": str(uuid.uuid4()),
                "kind": "incidents", "sender": {"fingerprint": fingerprint, "name": "Hand Made"},
                "sequence": 1, "previous_manifest_sha256": None,
                "recipients": [vault_recipient, recipient],
                "created_at": "2023-09-14T10:10:00Z", "members": members}
    (work / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")

    # Sign, tar in the spec's order, encrypt: standard tools only.
    signed = run("ssh-keygen", "-Y", "sign", "-f", "id_ed25519", "-n", NAMESPACE,
                 "manifest.json", cwd=work)
    assert signed.returncode == 0, signed.stderr.decode()
    tarred = run("tar", "--format=ustar", "--owner=0", "--group=0", "--numeric-owner",
                 "--mode=0600", "-cf", "bundle.tar", "manifest.json", "manifest.json.sig",
                 record_name, f"attachments/{photo_sha}", cwd=work)
    assert tarred.returncode == 0, tarred.stderr.decode()
    sealed = run("age", "-r", vault_recipient, "-r", recipient, "-o", "hand.tirkeu",
                 "bundle.tar", cwd=work)
    assert sealed.returncode == 0, sealed.stderr.decode()

    result = coordinator.ok("import", work / "hand.tirkeu")
    assert "1 new" in result.out and "1 attachment(s) added" in result.out
    (imported,) = coordinator.listed()
    assert imported == incident
    shown = coordinator.ok("show", incident_id).out
    assert photo_sha in shown and "court.png" in shown

    # And the same file again is a replay: nothing changes.
    again = coordinator.ok("import", work / "hand.tirkeu")
    assert "imported before" in again.out


def test_a_signature_from_another_key_made_by_ssh_keygen_is_refused(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ssh-keygen signs with a key that is not the contact's: refused, nothing stored."""
    need("age", "ssh-keygen")
    monitor, coordinator = pair
    bundle = tmp_path / "b.tirkeu"
    monitor.ok("export", "--to", "Coordinator Aigerim", "--all", "--out", bundle)
    key = tmp_path / "c.txt"
    coordinator.ok("identity", "--secret-out", key)
    work = tmp_path / "w"
    work.mkdir()
    assert run("age", "-d", "-i", key, "-o", work / "b.tar", bundle, cwd=work).returncode == 0
    with tarfile.open(work / "b.tar") as tar:
        entries = [(i, tar.extractfile(i).read()) for i in tar]  # type: ignore[union-attr]
    assert run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", "other",
               cwd=work).returncode == 0
    (work / "manifest.json").write_bytes(entries[0][1])
    assert run("ssh-keygen", "-Y", "sign", "-f", "other", "-n", NAMESPACE, "manifest.json",
               cwd=work).returncode == 0
    forged = (work / "manifest.json.sig").read_bytes()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in entries:
            member = data
            if info.name == "manifest.json.sig":
                member = forged
                info.size = len(member)
            tar.addfile(info, io.BytesIO(member))
    card = json.loads(coordinator.ok("identity").out)
    (work / "forged.tar").write_bytes(buf.getvalue())
    assert run("age", "-r", card["age_recipient"], "-o", "forged.tirkeu", "forged.tar",
               cwd=work).returncode == 0
    before = coordinator.state()
    line = coordinator.refused("import", work / "forged.tirkeu")
    assert "signature" in line and "different key" in line
    assert coordinator.state() == before
