"""Times of the safety commands at a coordinator's scale: backup and restore of 10,000
incidents with 200 MB of attachments, unlock by passphrase and by duress passphrase, the
rekey (a new data key for the whole archive) and the wipe. Prints figures; not a test.

    python bench/safety.py [--incidents N] [--megabytes M]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import incidents
from desktop_app.core.interchange import incident_from_json
from desktop_app.crypto.wipe import wipe
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.storage.backup import make_backup, restore_backup
from desktop_app.storage.rekey import rekey

PASSPHRASE = "a bench passphrase of several words"
DURESS = "the other passphrase for the officer"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5, help="unlocks timed of each kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folder = root / "vault"
        archive, _ = create_archive(folder, PASSPHRASE)
        records = [incident_from_json(r) for r in incidents(args.incidents)]
        archive.incidents.save_many(records, archive.author)
        blob = root / "video.bin"
        with open(blob, "wb") as out:
            for _ in range(args.megabytes):
                out.write(os.urandom(1024 * 1024))
        archive.attachments.add_file(records[0].id, blob)
        blob.unlink()
        made = make_backup(archive, root / "b.tirkeu-backup")
        archive.close()
        print(f"backup: {made.incidents} incidents, {made.attachments} attachment, "
              f"{made.size / 1e6:.0f} MB in {made.seconds:.2f} s")
        done = restore_backup(root / "b.tirkeu-backup", root / "restored", passphrase=PASSPHRASE)
        print(f"restore: {done.incidents} incidents in {done.seconds:.2f} s")
        done_rekey = rekey(folder, PASSPHRASE)
        print(f"rekey: {done_rekey.incidents} incidents, {done_rekey.attachments} attachment, "
              f"{(folder / 'tirkeu.db').stat().st_size / 1e6:.0f} MB in "
              f"{done_rekey.seconds:.2f} s (its unlock and one more Argon2id run included)")
        with open_archive(folder, PASSPHRASE) as opened:
            opened.vault.set_duress(DURESS, PASSPHRASE, {"name": "", "role": "monitor"})
        restored = root / "restored"
        started = time.perf_counter()
        removed = wipe(restored)
        print(f"wipe of the restored vault ({', '.join(removed)}): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        # Normal and duress unlocks of the same vault, each several times (a duress unlock
        # wipes, so each runs on its own copy): an onlooker must not see a difference.
        normal, duress = [], []
        for n in range(args.repeat):
            started = time.perf_counter()
            open_archive(folder, PASSPHRASE).close()
            normal.append(time.perf_counter() - started)
            copy = root / f"duress-{n}"
            shutil.copytree(folder, copy)
            # The copy's 262 MB would otherwise still be waiting in the page cache, and the
            # first fsync of the duress route (ext4 commits its journal) would write them.
            os.sync()
            started = time.perf_counter()
            open_archive(copy, DURESS).close()
            duress.append(time.perf_counter() - started)
            shutil.rmtree(copy)
        print(f"unlock (passphrase, real Argon2id), median of {args.repeat}: "
              f"{statistics.median(normal):.2f} s ({', '.join(f'{t:.2f}' for t in normal)})")
        print(f"unlock (duress: wipe + new empty vault), median of {args.repeat}: "
              f"{statistics.median(duress):.2f} s ({', '.join(f'{t:.2f}' for t in duress)})")


if __name__ == "__main__":
    main()
