"""No core dump, ever: a crash while the vault is unlocked must not write the keys or the
incidents in memory to disk.

What each platform offers, and what is done (``forbid_core_dumps`` runs first thing in
``cli.entry.main``, so for the command and the window alike):

- Linux: the core-size limit is set to 0 (``RLIMIT_CORE``, soft and hard, so no child can
  raise it again), and ``prctl(PR_SET_DUMPABLE, 0)`` marks the process non-dumpable. The
  second matters because a ``core_pattern`` piping to a handler (systemd-coredump, apport)
  ignores the size limit; a non-dumpable process is never dumped, and other processes of
  the same user can no longer attach to it (ptrace) or read its memory (/proc/PID/mem).
- macOS: ``RLIMIT_CORE`` 0 as well (core files are off by default there, and this keeps
  them off). The crash reporter writes a report with stack traces, not memory; there is no
  PR_SET_DUMPABLE equivalent for it, and PT_DENY_ATTACH is not used (it stops debuggers,
  not the kernel's own dumps).
- Windows: there is no core-size limit. Windows Error Reporting writes a memory dump only
  where an administrator asked for it (the LocalDumps registry key) or a debugger is set to
  attach; nothing is done here, and docs/AUDIT.md says so.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

PR_SET_DUMPABLE = 4  # from <linux/prctl.h>


@dataclass(frozen=True)
class DumpGuard:
    """What ``forbid_core_dumps`` managed: the core-size limit set to 0, and (Linux) the
    process marked non-dumpable."""

    core_limit_zero: bool
    not_dumpable: bool


def forbid_core_dumps() -> DumpGuard:
    """Forbid core dumps of this process, as far as the platform allows (see the module).
    Never raises: a platform without a way simply reports False."""
    limited = _limit_core_size()
    undumpable = _set_not_dumpable() if sys.platform.startswith("linux") else False
    return DumpGuard(limited, undumpable)


def _limit_core_size() -> bool:
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _set_not_dumpable() -> bool:
    try:
        # The running program's own symbols (libc is linked in): find_library would run
        # ldconfig in a subprocess at every start.
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
        # int prctl(int option, unsigned long arg2, ...): full-width arguments, so the
        # kernel never reads stray high bits as part of arg2.
        prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
        prctl.restype = ctypes.c_int
        return int(prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False
