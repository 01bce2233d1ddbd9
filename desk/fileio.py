"""Writing files so that a crash, a full disk or a read-only folder leaves either the old file or
the new one, never half of one; and the one place that says, in words, why a file was not written.

Every file Desk writes (exports, backups, unsaved text, crash markers) goes through here: a
temporary file in the same folder, flushed to disk, then renamed over the target. The rename is
atomic, so a reader sees the old file or the new one; a failure removes the temporary file.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desk.errors import WriteFailed

PRIVATE = 0o600  # copies of the newsroom: they hold everyone's stories and password hashes
PUBLIC = 0o666  # narrowed by the umask, as for any file a program creates
TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file. Raises OSError (for callers with a plan
    of their own, such as keeping text elsewhere); write_file says why in a sentence instead."""
    with replacing(path, mode=mode) as tmp, tmp.open("r+b") as out:
        out.write(data)
        out.flush()


def write_file(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """write_atomic, with WriteFailed saying why nothing was written."""
    try:
        write_atomic(path, data, mode=mode)
    except OSError as error:
        raise WriteFailed(describe(error, Path(path))) from None


def copy_atomic(source: Path, target: Path, *, mode: int | None = None) -> None:
    """Copy `source` to `target` through a temporary file (OSError as write_atomic)."""
    with replacing(target, mode=mode) as tmp:
        shutil.copyfile(source, tmp)


@contextmanager
def replacing(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """A new, empty temporary file beside `path` for the block to fill (by any means: SQLite's
    backup writes one); when the block ends it is flushed to disk and renamed over `path`, or
    removed if the block failed. A read-only file at `path` is refused, not replaced.

    `mode` is the new file's permissions: by default those of the file it replaces, else the
    usual ones for a new file (0666 less the umask)."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # write through a link, as an editor would; the link stays
    if path.is_file() and not os.access(path, os.W_OK):
        code = errno.EROFS if read_only_disk(path) else errno.EACCES
        raise OSError(code, os.strerror(code), str(path))
    tmp = temporary_beside(path, mode=mode)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def temporary_beside(path: Path, *, mode: int | None = None, suffix: str = TEMP_SUFFIX) -> Path:
    """A new empty file `.NAME.RANDOM.tmp` in the folder of `path`, to be renamed over it: on
    the same disk, so the rename is atomic, and hidden, so nobody opens it by mistake."""
    exact = mode is not None  # else the replaced file's mode, or the umask's say for a new one
    if mode is None:
        try:
            mode, exact = stat.S_IMODE(path.stat().st_mode), True
        except OSError:
            mode = PUBLIC
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{suffix}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, mode)
        except FileExistsError:
            continue
        if exact:
            _set_mode(fd, tmp, mode)  # exactly `mode`, not `mode` less the umask
        os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "No free temporary name", str(path.parent))


_BINARY = getattr(os, "O_BINARY", 0)


def _set_mode(fd: int, path: Path, mode: int) -> None:
    try:
        os.fchmod(fd, mode)
    except (AttributeError, NotImplementedError):  # Windows: only the read-only bit exists
        os.chmod(path, mode)
    except OSError:
        pass  # a folder that does not keep permissions (a FAT stick): the file is written anyway


def fsync_file(path: Path) -> None:
    """What was written to `path` is on the disk, not only in the system's cache."""
    with Path(path).open("rb+") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """A rename or removal in `folder` survives a power cut."""
    if os.name == "nt":
        return  # folders cannot be opened there; NTFS journals the rename itself
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # the rename is done; only its durability is left to the file system
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder
    finally:
        os.close(fd)


# --- Saying why ---------------------------------------------------------------------------------

FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def describe(error: OSError, path: Path) -> str:
    """Why `path` was not written, for the person at the keyboard: one sentence, naming the
    folder, and what to do where there is something to do."""
    path = Path(path)
    folder, name = path.parent, path.name
    code = error.errno
    if code == errno.ENOSPC:
        return f"The disk holding {folder} is full: {name} was not written. Free some space and try again."
    if code in FULL:
        return (
            f"Your disk quota for {folder} is used up: {name} was not written. Free some space "
            "and try again."
        )
    if code == errno.EROFS:
        return f"The disk holding {folder} is read-only: {name} was not written."
    if code in (errno.EACCES, errno.EPERM):
        if path.is_file() and not os.access(path, os.W_OK):
            return f"The file {path} is read-only: it was left as it was."
        return f"The folder {folder} cannot be written to: {name} was not written."
    if code == errno.ENOENT and not folder.is_dir():
        return f"The folder {folder} does not exist: {name} was not written."
    if code == errno.EIO:
        return f"The disk holding {folder} failed while writing {name}: it was not written."
    return f"Cannot write {path}: {error.strerror or error}."


def unwritable(path: Path) -> str | None:
    """Why nothing can be written at `path` (a folder, or a file), as a phrase to put in a
    sentence ("the folder /srv/news cannot be written to"); None when it can be. Asks the
    system, writes nothing. A path that does not exist yet is judged by its nearest folder."""
    path = Path(path)
    while not path.exists() and path.parent != path:
        path = path.parent
    if os.access(path, os.W_OK | (os.X_OK if path.is_dir() else 0)):
        return None
    if read_only_disk(path):
        return f"the disk holding {path if path.is_dir() else path.parent} is read-only"
    kind = "folder" if path.is_dir() else "file"
    return f"the {kind} {path} cannot be written to"


def read_only_disk(path: Path) -> bool:
    """Whether `path` is on a disk mounted read-only (a write there fails even for root)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def nearly_full(folder: Path, *, margin: int = 1 << 20) -> bool:
    """Whether the disk holding `folder` has less than `margin` bytes left for this user."""
    try:
        return shutil.disk_usage(folder).free < margin
    except OSError:
        return False
