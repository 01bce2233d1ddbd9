"""Word files are read in a separate process with a time and memory limit.

The container checks refuse the hostile files we know of; this is the fence for the ones we do
not. A reader that hangs is killed at the time limit, one that runs out of memory dies alone,
and either way the file gets a one-line reason and the window (or the batch) carries on."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desk.formats.word import Unreadable, WordDocument

TIME_LIMIT = 15.0  # seconds for one file; a long report with pictures reads in well under one
MEMORY_LIMIT = 300 * 1024 * 1024  # bytes the reader may take beyond what it starts with
START_LIMIT = 60.0  # seconds for a new worker to import the reader (a cold disk, a slow machine)
MEMORY = "Reading it needs more memory than a Word document ever should; Desk stopped."


def _limit_memory(extra: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    start = pages * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (start + extra, start + extra))


def _serve(connection: Connection, memory: int, reader: str) -> None:
    """The worker: read each path it is sent and answer with the document or the reason."""
    import importlib

    module, _, name = reader.rpartition(".")
    try:
        read = getattr(importlib.import_module(module), name)
    except Exception as error:  # a bug of ours, or a broken installation: say so once, quietly
        connection.send(("broken", f"{type(error).__name__}: {error}"))
        return
    if memory:
        with contextlib.suppress(OSError, ValueError):
            _limit_memory(memory)
    connection.send(("ready", None))  # the time limit counts from here, not from the spawn
    while True:
        try:
            path = connection.recv()
        except EOFError:
            return
        try:
            answer: tuple[str, Any] = ("ok", read(path))
        except Unreadable as error:
            answer = ("refused", str(error))
        except MemoryError:
            # The heap is left near the limit, so this worker would fail the next file too.
            with contextlib.suppress(MemoryError, OSError, ValueError):
                connection.send(("spent", MEMORY))
            return
        except RecursionError:
            answer = (
                "refused",
                "It is nested deeper than any Word document; Desk will not open it.",
            )
        except Exception as error:
            detail = " ".join(str(error).split())[:200]
            answer = ("refused", f"Desk could not read it ({type(error).__name__}: {detail}).")
        try:
            connection.send(answer)
        except OSError:  # the window has gone; so may we
            return
        except Exception as error:  # a document that will not pickle, which is a bug of ours
            connection.send(("refused", f"Desk could not read it ({type(error).__name__})."))


def _death(code: int | None) -> str:
    """Why a worker that died reading a file died, as far as its exit code tells."""
    kill = getattr(signal, "SIGKILL", None)  # there is none on Windows
    if kill is not None and code == -kill:  # the kernel's way with a process that takes too much
        return MEMORY
    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        return f"Desk's Word reader crashed on it ({name}); the file may be damaged."
    return f"Desk's Word reader stopped on it (exit code {code}); the file may be damaged."


class WordReader:
    """Reads Word files one at a time in a worker process, started on first use and replaced
    when a file kills it. Use as a context manager; close() stops the worker."""

    def __init__(
        self,
        *,
        time_limit: float = TIME_LIMIT,
        memory_limit: int = MEMORY_LIMIT,
        reader: str = "desk.formats.docx_reader.read_docx",
    ) -> None:
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self.reader = reader
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None

    def __enter__(self) -> WordReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _start(self) -> Connection:
        if self._connection is not None and self._process is not None and self._process.is_alive():
            return self._connection
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, args=(theirs, self.memory_limit, self.reader), daemon=True
        )
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        try:
            kind, detail = ours.recv() if ours.poll(START_LIMIT) else ("broken", "too slow")
        except (EOFError, OSError):
            kind, detail = "broken", None
        if kind != "ready":
            code = self._stop(wait=True)
            raise Unreadable(f"Desk's Word reader could not start ({detail or code}).")
        return ours

    def read(self, path: Path | str) -> WordDocument:
        """The document in `path`, or Unreadable with the reason."""
        connection = self._start()
        try:
            connection.send(str(path))
            if not connection.poll(self.time_limit):
                self._stop()
                raise Unreadable(
                    f"Reading it took longer than {self.time_limit:g} seconds; Desk stopped."
                )
            kind, value = connection.recv()
        except (EOFError, OSError):  # the worker died under the file
            raise Unreadable(_death(self._stop(wait=True))) from None
        if kind == "spent":
            self._stop()
        if kind in ("refused", "spent"):
            raise Unreadable(" ".join(value.split()))  # one line, whatever a library said
        return value

    def _stop(self, *, wait: bool = False) -> int | None:
        """End the worker (a dying one is given a moment to finish dying); its exit code."""
        process, self._process = self._process, None
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
        if process is None:
            return None
        if wait:
            process.join(2)
        if process.exitcode is None:
            process.kill()
            process.join(5)
        return process.exitcode

    def close(self) -> None:
        self._stop()
