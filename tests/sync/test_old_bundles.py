"""A bundle sealed by an earlier Tirkeu still imports: kept in tests/data/bundle_before_i13,
made (with the coordinator's vault it is addressed to) by the code before the bundle
streams were rewritten for speed (issue 13). Three incidents, a file of two chunks (the
second partial) and a small text file."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import bundlekit as bk
from desktop_app.storage.archive import open_archive
from desktop_app.sync.importer import open_bundle

OLD = bk.REPO / "tests" / "data" / "bundle_before_i13"


def test_a_bundle_made_before_the_rewrite_still_imports(tmp_path: Path) -> None:
    shutil.copytree(OLD / "coordinator", tmp_path / "coordinator")
    expected = json.loads((OLD / "expected.json").read_text(encoding="utf-8"))
    with open_archive(tmp_path / "coordinator", bk.PASSPHRASE) as coordinator:
        report = open_bundle(coordinator, OLD / "from-marat.tirkeu")
        assert (report.outcomes["new"], report.attachments_added) == (3, 2)
        assert json.loads(bk.listing_json(coordinator)) == expected["incidents"]
        for incident_id, files in expected["attachments"].items():
            stored = coordinator.attachments.for_incident(incident_id)
            assert [{"filename": a.filename, "size": a.size, "sha256": a.sha256}
                    for a in stored] == files
            for info in stored:  # the bytes themselves, not only the recorded hash
                digest = hashlib.sha256(b"".join(coordinator.attachments.chunks(info.id)))
                assert digest.hexdigest() == info.sha256
        again = open_bundle(coordinator, OLD / "from-marat.tirkeu")
        assert again.already_imported
