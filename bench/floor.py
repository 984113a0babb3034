"""The physical floor under a bundle of one large file, measured on this machine: what
each unavoidable step costs on its own, so the bundle figures can be read against it.

    python bench/floor.py [--megabytes 200] [--repeat 3]

- ChaCha20-Poly1305, SHA-256, AES-256-CBC and SHA-512 (SQLCipher's page cipher and MAC)
  as OpenSSL does them (`openssl speed -evp`), where `openssl` is installed;
- SHA-256 through Python's hashlib (each byte of an attachment is hashed once each way);
- rage through pyrage, encrypting and decrypting a file (pyrage keeps the interpreter lock
  while it works, so it shares no core with Python code);
- SQLCipher writing and reading the file as 1 MiB chunks with the vault's settings, next
  to plain SQLite doing the same (the difference is the page encryption).

Prints median figures (MB/s); asserts nothing. Files live in a temporary folder.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MB = 1_000_000
CHUNK = 1024 * 1024


def median_rate(label: str, size: int, repeat: int, fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    times.sort()
    best = times[len(times) // 2]
    print(f"{label:<56} {best:7.3f} s {size / MB / best:8.1f} MB/s", flush=True)
    return best


def openssl(repeat: int) -> None:
    if not shutil.which("openssl"):
        print("openssl not installed: no figures from it")
        return
    for cipher in ("chacha20-poly1305", "sha256", "aes-256-cbc", "sha512"):
        done = subprocess.run(["openssl", "speed", "-evp", cipher, "-seconds", "1",
                               "-bytes", "16384"], capture_output=True, text=True, check=False)
        line = [x for x in done.stdout.splitlines() if x.strip()][-1:]
        if line:
            rate = float(line[0].split()[-1].rstrip("k")) * 1000 / MB
            print(f"{'openssl speed -evp ' + cipher + ' (16 KiB blocks)':<56} "
                  f"{'':9} {rate:8.1f} MB/s", flush=True)


def store(connect: Callable[[Path], Any], path: Path, data: bytes, size: int) -> None:
    for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        old.unlink(missing_ok=True)  # a fresh file each time, as an import into new rows
    conn = connect(path)
    conn.execute("CREATE TABLE chunks (seq INTEGER PRIMARY KEY, data BLOB)")
    conn.execute("BEGIN IMMEDIATE")
    for seq in range(size // CHUNK):
        conn.execute("INSERT INTO chunks VALUES (?, ?)", (seq, data[seq * CHUNK:(seq + 1) * CHUNK]))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def load(connect: Callable[[Path], Any], path: Path) -> None:
    conn = connect(path)
    digest = 0
    for (data,) in conn.execute("SELECT data FROM chunks ORDER BY seq"):
        digest += len(data)
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = args.megabytes * MB // CHUNK * CHUNK
    import pyrage

    from desktop_app.storage.database import STREAM_CACHE_KIB, key_pragma, sqlcipher_module

    print(f"Physical floor, {size / MB:.0f} MB, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores; medians of {args.repeat}")
    openssl(args.repeat)
    data = os.urandom(size)
    median_rate("hashlib.sha256 (1 MiB updates)", size, args.repeat, lambda: [
        hashlib.sha256().update(data[i:i + CHUNK]) for i in range(0, size, CHUNK)])
    identity = pyrage.x25519.Identity.generate()
    with tempfile.TemporaryDirectory(prefix="tirkeu-floor-") as tmp:
        root = Path(tmp)
        plain, sealed = root / "plain.bin", root / "sealed.age"
        plain.write_bytes(data)
        median_rate("pyrage.encrypt_file (file to file)", size, args.repeat,
                    lambda: pyrage.encrypt_file(str(plain), str(sealed),
                                                [identity.to_public()]))
        def decrypt() -> None:
            with open(sealed, "rb") as source:
                pyrage.decrypt_io(source, _Null(), [identity])

        median_rate("pyrage.decrypt_io (file to a null writer)", size, args.repeat, decrypt)
        plain.unlink()
        sealed.unlink()
        dbapi = sqlcipher_module()
        key = os.urandom(32)

        def cipher(path: Path) -> Any:
            conn = dbapi.connect(str(path), isolation_level=None)
            conn.execute(key_pragma(key))
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "secure_delete = ON",
                           f"cache_size = -{STREAM_CACHE_KIB}"):
                conn.execute(f"PRAGMA {pragma}")
            return conn

        def bare(path: Path) -> Any:
            conn = sqlite3.connect(str(path), isolation_level=None)
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "secure_delete = ON",
                           f"cache_size = -{STREAM_CACHE_KIB}"):
                conn.execute(f"PRAGMA {pragma}")
            return conn

        for name, connect in (("SQLCipher", cipher), ("plain SQLite", bare)):
            path = root / f"{name.split()[-1].lower()}.db"
            median_rate(f"{name}: write 1 MiB chunks, commit, checkpoint", size, args.repeat,
                        lambda c=connect, p=path: store(c, p, data, size))  # type: ignore[misc]
            median_rate(f"{name}: read them back", size, args.repeat,
                        lambda c=connect, p=path: load(c, p))  # type: ignore[misc]


class _Null(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)


if __name__ == "__main__":
    main()
