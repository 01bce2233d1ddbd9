"""Reading the newsroom off the UI thread, so a search or a recount never stalls typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desk.errors import DeskError
from desk.services.session import Newsroom, database_file, second_handle


class _Signals(QObject):
    done = Signal(object, object)  # (callback, result)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, handle: Newsroom, service, args, kwargs, callback, signals) -> None:
        super().__init__()
        self.handle, self.service, self.args, self.kwargs = handle, service, args, kwargs
        self.callback, self.signals = callback, signals

    def run(self) -> None:
        try:
            result = self.service(self.handle, *self.args, **self.kwargs)
        except DeskError as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.done.emit(self.callback, result)


class Background(QObject):
    """Owns a worker thread and its own handle on the newsroom (one session at a time, so
    jobs run one after another). Results come back on the UI thread through the callback.

    A newsroom in memory (tests) has one connection that cannot cross threads: there the jobs
    run at once, on the calling thread.
    """

    failed = Signal(str)

    def __init__(self, handle: Newsroom, parent: QObject | None = None) -> None:
        super().__init__(parent)
        local_memory = handle.dialect == "sqlite" and database_file(handle) is None
        self._handle = handle if local_memory else second_handle(handle)
        self._inline = local_memory
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(lambda callback, result: callback(result))
        self._signals.failed.connect(self.failed)

    def read(self, service: Callable[..., Any], *args: Any, then: Callable[[Any], None],
             **kwargs: Any) -> None:  # fmt: skip
        """Run service(handle, *args, **kwargs) on the worker; call then(result) on the UI
        thread (a DeskError goes to `failed` instead)."""
        job = _Job(self._handle, service, args, kwargs, then, self._signals)
        if self._inline:
            job.run()
        else:
            self._pool.start(job)

    def wait(self, msecs: int = 5000) -> bool:
        """Until every job has finished (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)
