"""Starting the window: which newsroom, who signs in, then the main window until it closes."""

from __future__ import annotations

import contextlib
import gc
import getpass
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QProgressDialog

from desk import __version__, fileio, paths
from desk.domain.story import User
from desk.errors import DeskError
from desk.services import backups, maintenance, newsroom, session
from desk.services.session import Newsroom
from desk.ui import crash
from desk.ui.background import Background
from desk.ui.start_dialogs import SAMPLE, FirstRunDialog, SignInDialog

LAST_NEWSROOM = "newsroom/url"
LAST_USER = "newsroom/user"
BACKUP_DELAY_MS = 5 * 1000  # after opening, before today's copy is looked for
BACKUP_CHECK_MS = 3600 * 1000  # and again every hour
BACKUP_WAIT_MS = 120 * 1000  # on closing, for a copy still being written


def settings() -> QSettings:
    """The window's remembered state, in one file Desk owns (tests point it at tmp_path). Qt
    writes it through a temporary file and a rename, as Desk writes its own files; a folder
    that cannot be written only means the layout is not remembered."""
    path = paths.settings_path()
    with contextlib.suppress(OSError):  # else remembered for this session only
        path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Desk")
    app.setApplicationDisplayName("Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Desk")
    app.setDesktopFileName("desk")
    return app


def settle_memory() -> None:
    """Once the window is up, set aside the objects that live as long as Desk does (the
    libraries', Qt's, the window's own) so the garbage collector stops walking them: a full
    collection then takes a few milliseconds instead of tens, and scrolling never stutters."""
    gc.collect()
    gc.freeze()


def keep_daily_backups(window: QMainWindow, handle: Newsroom) -> Background:
    """Today's copy of a local newsroom, written on a worker thread once the window is up (the
    window never waits for it), and looked for again every hour, so a window left open for days
    still keeps one copy a day. A copy that cannot be written is said once, in the status bar
    and on stderr: a box would stop someone mid-sentence, and Desk goes on working."""
    worker = Background(handle, window)
    warned = False

    def done(turn: backups.Rotation) -> None:
        nonlocal warned
        if turn.warning is None or warned:
            return
        warned = True
        print(f"desk: warning: {turn.warning}", file=sys.stderr)
        window.statusBar().showMessage(turn.warning)  # stays until another message replaces it

    def turn() -> None:
        worker.read(backups.daily_backup, then=done)

    QTimer.singleShot(BACKUP_DELAY_MS, window, turn)  # once the first lists have loaded
    hourly = QTimer(window)
    hourly.setInterval(BACKUP_CHECK_MS)
    hourly.timeout.connect(turn)
    hourly.start()
    return worker


def _login_name() -> str:
    return os.environ.get("DESK_USER") or getpass.getuser()


def _sample(store: QSettings) -> str:
    """A throwaway copy of the sample newsroom, built on first use (a few seconds, once a day)."""
    target = Path(tempfile.mkdtemp(prefix="desk-sample-")) / "sample.sqlite"
    progress = QProgressDialog(
        QApplication.translate("app", "Preparing the sample newsroom…"), "", 0, 0
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    QApplication.processEvents()
    try:
        session.sample_copy(paths.cache_dir(), target, _login_name())
    except OSError as error:
        why = fileio.describe(error, Path(error.filename or target))
        raise DeskError(f"Cannot prepare the sample newsroom. {why}") from None
    finally:
        progress.close()
    return f"sqlite:///{target}"


def choose_newsroom(db: str | None, demo: bool, store: QSettings) -> tuple[str, bool] | None:
    """The newsroom to open and whether it may be created; None when the person cancels."""
    if demo:
        return _sample(store), False
    if db or os.environ.get(paths.DATABASE_ENV):
        return paths.database_url(db), False
    last = str(store.value(LAST_NEWSROOM, "") or "")
    local = last.removeprefix("sqlite:///") if last.startswith("sqlite:///") else None
    if local is not None and not Path(local).exists():
        last = ""  # moved or deleted since: ask again rather than fail
        store.remove(LAST_NEWSROOM)
    if last:
        return last, False
    if paths.default_database_path().exists():
        return paths.database_url(), False
    dialog = FirstRunDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.choice == SAMPLE:
        return _sample(store), False
    file = paths.default_database_path()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DeskError(f"Cannot create the newsroom. {fileio.describe(error, file)}") from None
    return paths.database_url(), True


def _check(handle: Newsroom, name: str, password: str | None) -> str | None:
    try:
        newsroom.sign_in(handle, name, password)
    except DeskError as error:
        return str(error)
    return None


def sign_in(handle: Newsroom, wanted: str | None, store: QSettings) -> User | None:
    """Who works in this window: --as (asking a password where one is set), the only person
    of a one-person newsroom, or whoever is picked in the sign-in dialog."""
    users = newsroom.list_users(handle)
    if wanted:
        user = next((u for u in users if u.name == wanted), None)
        if user is None:
            raise DeskError(f"There is no one called {wanted} in this newsroom.")
        if not user.has_password:
            return user
        users = [user]
    elif len(users) == 1 and not users[0].has_password:
        return users[0]
    last = str(store.value(LAST_USER, "") or _login_name())
    dialog = SignInDialog(users, lambda n, p: _check(handle, n, p), last)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.user


def _refuse(app: QApplication, message: str) -> int:
    """Say why the window cannot open: on the terminal, and in a box where there is a screen."""
    print(f"desk: error: {message}", file=sys.stderr)
    if app.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "Desk", message)
    return 1


def start_notices(handle: Newsroom) -> list[str]:
    """What the person should know as the window opens about what cannot be written: the
    newsroom itself (read-only: it opens for reading), else the data folder that keeps text the
    newsroom would not take. Said once, in the status bar and on stderr, never in a box."""
    if (read_only := maintenance.read_only(handle)) is not None:
        return [read_only]
    if (why := fileio.unwritable(paths.data_dir())) is not None:
        return [
            f"Desk cannot write in its data folder: {why}. Stories are saved as usual, but "
            "text the newsroom refuses can be kept only on screen."
        ]
    return []


def run(db: str | None = None, user: str | None = None, demo: bool = False) -> int:
    """The window, from start to close; the exit code for the shell."""
    app = application()
    store = settings()
    try:
        chosen = choose_newsroom(db, demo, store)
        if chosen is None:
            return 0
        url, create = chosen
        handle = (
            session.start_empty(url, _login_name())
            if create
            else session.open_newsroom(url, create=False)
        )
    except DeskError as error:
        return _refuse(app, str(error))
    try:
        who = sign_in(handle, user, store)
        if who is None:
            return 0
        if not demo:
            store.setValue(LAST_NEWSROOM, url)
        store.setValue(LAST_USER, who.name)
        from desk.ui.main_window import MainWindow

        window = MainWindow(handle, who, store)
        window.show()
        settle_memory()
        backups = None if demo else keep_daily_backups(window, handle)
        stopped = [] if demo else crash.unclean_exits(url)
        marker = None if demo else crash.mark_running(url)
        notices = start_notices(handle)
        for notice in notices:
            print(f"desk: warning: {notice}", file=sys.stderr)
        if stopped:
            notices.append(crash.message(stopped))
        if notices:
            window.statusBar().showMessage("  ".join(notices))  # stays until replaced
        code = app.exec()
        crash.clear(marker)
        if backups is not None:
            backups.wait(BACKUP_WAIT_MS)  # a copy being written is finished, not cut off
        return code
    except DeskError as error:
        return _refuse(app, str(error))
    finally:
        session.close_newsroom(handle)
        if demo:  # a throwaway copy: gone when the window closes
            shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent, ignore_errors=True)
