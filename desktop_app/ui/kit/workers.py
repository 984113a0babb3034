"""Running slow service calls (Argon2id, imports, summaries) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.core.errors import TirkeuError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Calls ``work()`` in the thread pool; emits ``done(result)`` or ``failed(sentence)``.

    Errors meant for people (TirkeuError) arrive as their sentence; anything else arrives
    as a generic sentence, never as a traceback or a message that might hold content.
    """

    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        # Python owns the job (the caller keeps a reference); if the pool also deleted it
        # after run(), the wrapper would outlive its C++ object.
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except TirkeuError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - turned into one sentence for a person
            self.signals.failed.emit(f"Something went wrong ({type(exc).__name__}); "
                                     "nothing was changed.")
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()


def start(work: Callable[[], Any], on_done: Callable[[Any], None],
          on_failed: Callable[[str], None]) -> Job:
    """Run ``work`` in the pool; the job is kept alive until it has reported."""
    job = Job(work)
    _running.add(job)
    job.signals.done.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _sentence: _running.discard(job))
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return job
