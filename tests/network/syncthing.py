"""Two real Syncthing instances on loopback, sharing one folder, for the tests.

Each instance gets its own home (keys, config.xml, database, log) under the test's own
temporary folder. It is configured by files: ``syncthing generate`` makes the keys and a
config, which is then rewritten so that nothing but 127.0.0.1 is ever used — the GUI/REST
API and the sync protocol on free loopback ports, each device told the other's explicit
``tcp://127.0.0.1:<port>`` address, and global discovery, local discovery (broadcast),
relays, NAT traversal, usage and crash reporting and upgrade checks all off. The local
REST API (API key from config.xml) is only used to ask whether the two are connected and
to ask for a rescan; files are watched on disk, as a person would see them.

This talks to sockets, so it lives in tests/ only: the program itself never does.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET  # builds elements; parsing goes through defusedxml
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as SafeET

SYNCTHING = shutil.which("syncthing")
# Straight to 127.0.0.1, whatever proxy the environment names.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
FOLDER_ID = "tirkeu-exchange"
# Options rewritten in every config: what keeps an instance on loopback and quiet.
LOOPBACK_OPTIONS = {
    "globalAnnounceEnabled": "false",   # no global discovery servers
    "localAnnounceEnabled": "false",    # no LAN broadcast or multicast
    "relaysEnabled": "false",           # no relay pool
    "natEnabled": "false",              # no UPnP / NAT-PMP
    "urAccepted": "-1",                 # usage reporting declined
    "urSeen": "3",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",        # no upgrade checks
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",       # dial the other side again within a second
    "stunKeepaliveStartS": "0",
    "stunServer": "",
    "globalAnnounceServer": "",
    "setLowPriority": "false",
    "progressUpdateIntervalS": "-1",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check: Callable[[], bool], timeout: float, what: str,
               poll: float = 0.05) -> float:
    """Poll ``check`` until true; the seconds it took. TimeoutError naming ``what``."""
    start = time.monotonic()
    while True:
        if check():
            return time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"{what}: not within {timeout:.0f} s")
        time.sleep(poll)


@dataclass
class Instance:
    """One Syncthing: its home, the folder it shares, its ports and its API key."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    sync_port: int
    device_id: str = ""
    api_key: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def generate(self) -> None:
        assert SYNCTHING is not None
        subprocess.run([SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder"],
                       check=True, capture_output=True, timeout=30, env=_env(self.home))
        root = SafeET.parse(self.home / "config.xml").getroot()
        self.device_id = root.findall("device")[0].attrib["id"]
        self.api_key = (root.findtext("gui/apikey") or "").strip()
        assert self.device_id and self.api_key

    def configure(self, peer: Instance, *, rescan_s: int = 2, watcher_delay_s: int = 1) -> None:
        """Rewrite config.xml: loopback only, ``peer`` as the one other device at its
        explicit address, one folder shared with it (fsWatcher on, a short rescan too)."""
        path = self.home / "config.xml"
        root = SafeET.parse(path).getroot()
        for device in root.findall("device"):
            root.remove(device)
        for folder in root.findall("folder"):
            root.remove(folder)
        gui = root.find("gui")
        assert gui is not None
        _text(gui, "address", f"127.0.0.1:{self.gui_port}")
        gui.set("tls", "false")
        options = root.find("options")
        assert options is not None
        for listen in options.findall("listenAddress"):
            options.remove(listen)
        ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{self.sync_port}"
        for key, value in LOOPBACK_OPTIONS.items():
            _text(options, key, value)
        index = list(root).index(gui)
        folder = ET.Element("folder", {
            "id": FOLDER_ID, "label": "exchange", "path": str(self.folder),
            "type": "sendreceive", "rescanIntervalS": str(rescan_s),
            "fsWatcherEnabled": "true", "fsWatcherDelayS": str(watcher_delay_s),
            "ignorePerms": "false", "autoNormalize": "true"})
        for member in (self, peer):
            ET.SubElement(folder, "device", {"id": member.device_id, "introducedBy": ""})
        ET.SubElement(folder, "filesystemType").text = "basic"
        ET.SubElement(folder, "minDiskFree", {"unit": "%"}).text = "0"
        root.insert(index, folder)
        for member in (self, peer):
            device = ET.Element("device", {
                "id": member.device_id, "name": member.name, "compression": "metadata",
                "introducer": "false", "skipIntroductionRemovals": "false",
                "introducedBy": ""})
            address = ("dynamic" if member is self
                       else f"tcp://127.0.0.1:{member.sync_port}")
            ET.SubElement(device, "address").text = address
            ET.SubElement(device, "paused").text = "false"
            ET.SubElement(device, "autoAcceptFolders").text = "false"
            root.insert(index, device)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=False)
        # Syncthing refuses to sync a folder whose marker is missing (a folder on a
        # drive that is not mounted would otherwise look emptied): made here, as the
        # person's first start of the folder would.
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        assert SYNCTHING is not None
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                 "--no-upgrade", "--no-default-folder", "--skip-port-probing",
                 f"--gui-address=http://127.0.0.1:{self.gui_port}"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=_env(self.home), start_new_session=True)

    def stop(self) -> None:
        """Stop it (TERM, then KILL after a few seconds) and reap it."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=8)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=8)

    # --- the local REST API (127.0.0.1 only) -------------------------------------------

    def rest(self, path: str, method: str = "GET") -> object:
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}",
                                         method=method, headers={"X-API-Key": self.api_key})
        with _DIRECT.open(request, timeout=5) as answer:
            body = answer.read()
        return json.loads(body) if body.strip() else None

    def answering(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"syncthing {self.name} exited: {self.log_tail()}")
        try:
            return self.rest("/rest/system/ping") == {"ping": "pong"}
        except OSError:
            return False

    def connected_to(self, peer: Instance) -> bool:
        answer = self.rest("/rest/system/connections")
        assert isinstance(answer, dict)
        return bool(answer["connections"].get(peer.device_id, {}).get("connected"))

    def scan(self) -> None:
        """Ask for a rescan now (what the fsWatcher would ask for a moment later)."""
        self.rest(f"/rest/db/scan?folder={FOLDER_ID}", method="POST")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


@dataclass
class Pair:
    """Two instances, ``a`` and ``b``, connected, sharing one folder."""

    a: Instance
    b: Instance
    connect_seconds: float = 0.0

    def wait_for_file(self, folder: Path, name: str, *, timeout: float = 30,
                      nudge: Instance | None = None) -> float:
        """Wait until ``folder/name`` exists, complete (Syncthing renames its temporary file
        into place only when every block is there). ``nudge``: ask that side to rescan
        first, so the change is found at once rather than at its watcher's delay."""
        if nudge is not None:
            nudge.scan()
        return wait_until((folder / name).is_file, timeout,
                          f"{name} in {folder.name}")

    def wait_for_gone(self, folder: Path, name: str, *, timeout: float = 30,
                      nudge: Instance | None = None) -> float:
        if nudge is not None:
            nudge.scan()
        return wait_until(lambda: not (folder / name).exists(), timeout,
                          f"{name} gone from {folder.name}")


@contextmanager
def syncthing_pair(root: Path, *, timeout: float = 30) -> Iterator[Pair]:
    """Start two instances under ``root`` (homes ``a-home`` and ``b-home``, shared folders
    ``a`` and ``b``), wait until they are connected, and stop both however the block ends.

    A start that fails (a free port taken by another process in the meantime, a machine
    too busy to connect in time) is tried once more, on new ports, in new folders."""
    if SYNCTHING is None:
        raise RuntimeError("syncthing is not installed")
    for attempt in (1, 2):
        pair = _start(root / f"start-{attempt}", timeout)
        if isinstance(pair, Pair):
            break
        if attempt == 2:
            raise pair
    instances = [pair.a, pair.b]
    try:
        yield pair
    except BaseException as exc:
        exc.add_note("syncthing logs:\n" + _tails(instances))
        raise
    finally:
        for instance in instances:
            instance.stop()


def _start(root: Path, timeout: float) -> Pair | Exception:
    """Two instances, connected; or, stopped again, what went wrong (with their logs)."""
    a, b = (Instance(name, root / f"{name}-home", root / name, free_port(), free_port())
            for name in ("a", "b"))
    instances = [a, b]
    try:
        for instance in instances:
            instance.generate()
        a.configure(b)
        b.configure(a)
        for instance in instances:
            instance.start()
        start = time.monotonic()
        for instance in instances:
            wait_until(instance.answering, timeout, f"syncthing {instance.name} answering")
        wait_until(lambda: a.connected_to(b) and b.connected_to(a), timeout,
                   "the two syncthing instances connected", poll=0.1)
        return Pair(a, b, connect_seconds=time.monotonic() - start)
    except (OSError, RuntimeError, TimeoutError, subprocess.SubprocessError) as exc:
        exc.add_note("syncthing logs:\n" + _tails(instances))
        for instance in instances:
            instance.stop()
        return exc
    except BaseException:
        for instance in instances:
            instance.stop()
        raise


def _tails(instances: list[Instance]) -> str:
    return "\n".join(f"--- {i.name}:\n{i.log_tail()}" for i in instances)


def sockets_of(pid: int) -> list[tuple[str, str, str]]:
    """(protocol, local address, remote address) of every TCP and UDP socket process
    ``pid`` holds, read from /proc (Linux): its descriptors' socket inodes, looked up in
    the kernel's tables."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    found = []
    for proto in ("tcp", "tcp6", "udp", "udp6"):
        table = Path(f"/proc/{pid}/net/{proto}")
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                found.append((proto, _address(fields[1]), _address(fields[2])))
    return found


def _address(text: str) -> str:
    """An address as /proc/net writes it ("0100007F:1F90") as an IP ("127.0.0.1")."""
    host, _port = text.split(":")
    raw = bytes.fromhex(host)
    # Each 32-bit word is in the machine's byte order (little-endian here).
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    if len(words) == 16 and words[:12] == b"\0" * 10 + b"\xff" * 2:
        words = words[12:]  # IPv4 mapped into IPv6
    return socket.inet_ntop(socket.AF_INET if len(words) == 4 else socket.AF_INET6, words)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    child = parent.find(tag)
    if child is None:
        child = ET.SubElement(parent, tag)
    child.text = value


def _env(home: Path) -> dict[str, str]:
    """Syncthing's own environment: its home, no upgrades, no default folder, no
    restart monitor; HOME pointed inside too, so nothing is written to the real one."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ST")}
    env.update({"HOME": str(home), "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
                "STNORESTART": "1", "STNOUPGRADECHECK": "1", "all_proxy": "",
                "http_proxy": "", "https_proxy": "", "no_proxy": "127.0.0.1"})
    return env
