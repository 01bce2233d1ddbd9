"""Real disks for the tests that need one: a small tmpfs that can be filled to the last byte or
made read-only, and a way to run Desk as someone without root's power to write anywhere.

Mounting needs root (CI runs as root). Where it is refused the tests skip, saying why, unless
DESK_REQUIRE_MOUNT=1 asks that they run: then a refusal fails them.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REQUIRE_ENV = "DESK_REQUIRE_MOUNT"
NOBODY = 65534  # the unprivileged user and group of Debian and most Linux systems
FILLER = ".filler"


def _cannot(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
    pytest.skip(reason)


class SmallDisk:
    """A tmpfs of `size` mounted at `path` for one test: fill() leaves it (almost) no space,
    free() gives the space back, read_only() remounts it so that even root cannot write."""

    def __init__(self, path: Path, size: str) -> None:
        self.path = path
        self.size = size

    def _mount(self, *options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["mount", *options], capture_output=True, text=True, check=False, timeout=30
        )

    def mount(self) -> None:
        if sys.platform != "linux":
            _cannot("a tmpfs can be mounted only on Linux")
        if shutil.which("mount") is None:
            _cannot("there is no mount command on this machine")
        self.path.mkdir(parents=True, exist_ok=True)
        done = self._mount(
            "-t", "tmpfs", "-o", f"size={self.size},mode=0755", "tmpfs", str(self.path)
        )
        if done.returncode != 0:
            why = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[0]
            _cannot(f"cannot mount a tmpfs here (needs root): {why}")

    def unmount(self) -> None:
        """Gone, even if something still holds a file open there (then once it lets go)."""
        done = subprocess.run(["umount", str(self.path)], capture_output=True, check=False)
        if done.returncode != 0:
            subprocess.run(["umount", "--lazy", str(self.path)], capture_output=True, check=False)

    def fill(self, leave: int = 0) -> None:
        """Write a filler file until the disk refuses another byte, then give `leave` bytes
        back (rounded to whole pages by the file system)."""
        filler = self.path / FILLER
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            block = b"\0" * 65536
            while True:
                try:
                    os.write(fd, block)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    if len(block) == 1:
                        break
                    block = block[: len(block) // 2]
        finally:
            os.close(fd)
        if leave:
            os.truncate(filler, max(0, filler.stat().st_size - leave))
        assert self.available() <= leave + 4096

    def free(self) -> None:
        (self.path / FILLER).unlink(missing_ok=True)

    def available(self) -> int:
        return shutil.disk_usage(self.path).free

    def read_only(self) -> None:
        done = self._mount("-o", "remount,ro", str(self.path))
        assert done.returncode == 0, done.stderr


@contextmanager
def small_disk(path: Path, size: str = "1m") -> Iterator[SmallDisk]:
    """A SmallDisk at `path`, unmounted (and its contents gone) when the block ends."""
    disk = SmallDisk(path, size)
    disk.mount()
    try:
        yield disk
    finally:
        disk.unmount()


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder under the system's temporary folder that any user may enter and read (pytest's
    own tmp_path is root's alone), removed with everything in it afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="desk-shared-"))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        for inside, _, _ in os.walk(folder):
            Path(inside).chmod(0o755)  # a test may have closed a folder; open it to empty it
        shutil.rmtree(folder, ignore_errors=True)


def as_nobody(command: list[str]) -> list[str]:
    """`command` run as an unprivileged user, since root writes through any permission and a
    read-only file means nothing to it (unchanged for a user who is not root: permissions
    already apply). That user keeps one power, to read and enter any folder, because the
    Python running the tests may live in root's home (pyenv); writing is still refused
    wherever permissions say so, which is what these tests are about."""
    if os.geteuid() != 0:
        return command
    if shutil.which("setpriv") is None:
        _cannot("running Desk as another user needs setpriv (util-linux)")
    return [
        "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
        "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search", *command,
    ]  # fmt: skip


def owned_by_nobody(*paths: Path) -> None:
    """Hand files or folders to the user as_nobody() runs as (no-op when not root)."""
    if os.geteuid() != 0:
        return
    for path in paths:
        os.chown(path, NOBODY, NOBODY)


# --- A newsroom to put on them, and Desk run on it as a script would -----------------------------

DESK_USER = "vesna"


def make_newsroom(file: Path) -> None:
    """A newsroom with a few stories, revisions and notes, today's daily copy beside it (so no
    command stops to write one), closed so that it is one whole file."""
    from desk.domain.body import Body
    from desk.domain.story import StoryText
    from desk.services import backups, newsroom, notes, stories
    from desk.storage.store import open_store
    from desk.storage.uow import UnitOfWork

    uow = UnitOfWork(open_store(f"sqlite:///{file}"))
    try:
        newsroom.start_newsroom(uow, DESK_USER)
        for n in (1, 2, 3):
            text = StoryText(
                f"Story {n}", "", "By Vesna", "", Body.from_paragraphs([f"First {n}."])
            )
            story = stories.create_story(uow, DESK_USER, text)
            paragraphs = [f"First {n}.", f"Second {n}."]
            changes = stories.Changes(body=Body.from_paragraphs(paragraphs))
            stories.edit_story(uow, DESK_USER, story.id, changes, base_revision=story.revision)
            notes.add_comment(uow, DESK_USER, story.id, f"Note on {n}.")
        backups.back_up_today(uow)
    finally:
        uow.store.close()


def contents(file: Path) -> str:
    """Every row of every table, as SQL: equal before and after means nothing changed. Read by
    a connection that is closed at once, so no -wal or -shm file stays behind taking space."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(file)) as connection:
        return "\n".join(connection.iterdump())


def run_desk(
    *args: str, db: Path, env: dict[str, str] | None = None, nobody: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -m desk ARGS --db sqlite:///DB`, as a script runs it (with `nobody`, as an
    unprivileged user); never a traceback."""
    environment = {
        **os.environ,
        "DESK_USER": DESK_USER,
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        **(env or {}),
    }
    for name in ("DESK_PASSWORD", "DESK_KEEP_BACKUPS", "DESK_DATABASE_URL", "DESK_DEBUG"):
        environment.pop(name, None)
    command = [sys.executable, "-m", "desk", *args, "--db", f"sqlite:///{db}"]
    done = subprocess.run(
        as_nobody(command) if nobody else command,
        capture_output=True, text=True, env=environment, timeout=60, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done


def refusal(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a refused command printed, without its `desk: error: `."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.startswith("desk: error: "), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr.removeprefix("desk: error: ").rstrip("\n")
