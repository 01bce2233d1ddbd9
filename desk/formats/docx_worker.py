"""Word files are read in a separate process with a time and memory limit.

The container checks refuse the hostile files we know of; this is the fence for the ones we do
not. A reader that hangs is killed at the time limit, one that runs out of memory dies alone,
and either way the file gets a one-line reason and the window (or the batch) carries on."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desk.formats.word import Unreadable, WordDocument

TIME_LIMIT = 15.0  # seconds for one file; a long report with pictures reads in well under one
MEMORY_LIMIT = 300 * 1024 * 1024  # bytes the reader may take beyond what it starts with


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
    read = getattr(importlib.import_module(module), name)
    if memory:
        with contextlib.suppress(OSError, ValueError):
            _limit_memory(memory)
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
            answer = ("refused", "It needs more memory to read than a Word document ever should.")
        except RecursionError:
            answer = (
                "refused",
                "It is nested deeper than any Word document; Desk will not open it.",
            )
        except Exception as error:
            answer = ("refused", f"Desk could not read it ({type(error).__name__}: {error}).")
        connection.send(answer)


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
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            self._stop()
            raise Unreadable(
                "Reading it used more memory than a Word document ever should; Desk stopped."
            ) from None
        if kind == "refused":
            raise Unreadable(value)
        return value

    def _stop(self) -> None:
        process, self._process = self._process, None
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
        if process is not None:
            process.kill()
            process.join(5)

    def close(self) -> None:
        self._stop()
