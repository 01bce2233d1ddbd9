"""Starting the window: on screen at once, then which newsroom, who signs in, and the newsroom
in the window until it closes.

Only Qt is loaded before the window's first frame: the newsroom's layers (SQLAlchemy alone
takes a third of a second to load) come after it, while the window says the newsroom is being
opened, and what the story list does not need comes once the list is on the screen."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from desk import __version__, paths
from desk.errors import DeskError

if TYPE_CHECKING:
    from desk.domain.story import User
    from desk.services import backups
    from desk.services.session import Newsroom
    from desk.ui.background import Background
    from desk.ui.main_window import MainWindow

LAST_NEWSROOM = "newsroom/url"
LAST_USER = "newsroom/user"
BACKUP_DELAY_MS = 5 * 1000  # after opening, before today's copy is looked for
BACKUP_CHECK_MS = 3600 * 1000  # and again every hour
BACKUP_WAIT_MS = 120 * 1000  # on closing, for a copy still being written
FIRST_FRAME_WAIT_MS = 1000  # the most the newsroom waits for the window to be drawn
COLLECTOR_OFF_AT_MOST_MS = 10 * 1000  # (see settle_memory) whatever the list does meanwhile
# A diagnostic for timing start-up from outside (bench/fig_startup.py, README "Benchmarks"):
# the window closes itself right after its first frame, or right after the story list's first
# page is on the screen, and says on stderr what it showed.
QUIT_WHEN = "DESK_QUIT_WHEN"
FIRST_FRAME, LIST_FILLED = "first-frame", "list-filled"


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
    # Fractional screen scales (150 %) are used as they are: Qt 6 does so without being asked.
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
    collection then takes a few milliseconds instead of tens, and scrolling never stutters.
    Until then `run` keeps the collector off: what starting makes is nearly all kept, and
    looking through it again and again as the libraries load costs a tenth of the start-up."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _settle_once() -> None:
    if not gc.isenabled():  # (else settled already)
        settle_memory()


def keep_daily_backups(window: QMainWindow, handle: Newsroom) -> Background:
    """Today's copy of a local newsroom, written on a worker thread once the window is up (the
    window never waits for it), and looked for again every hour, so a window left open for days
    still keeps one copy a day. A copy that cannot be written is said once, in the status bar
    and on stderr: a box would stop someone mid-sentence, and Desk goes on working."""
    from desk.ui.background import Background

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
        from desk.services.backups import daily_backup  # (not before the window is up)

        worker.read(daily_backup, then=done)

    QTimer.singleShot(BACKUP_DELAY_MS, window, turn)  # once the first lists have loaded
    hourly = QTimer(window)
    hourly.setInterval(BACKUP_CHECK_MS)
    hourly.timeout.connect(turn)
    hourly.start()
    return worker


def _login_name() -> str:
    import getpass

    return os.environ.get("DESK_USER") or getpass.getuser()


def _sample(store: QSettings, parent: QWidget | None = None) -> str:
    """A throwaway copy of the sample newsroom, built on first use (a few seconds, once a day)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from desk import fileio
    from desk.services import session

    target = Path(tempfile.mkdtemp(prefix="desk-sample-")) / "sample.sqlite"
    progress = QProgressDialog(
        QApplication.translate("app", "Preparing the sample newsroom…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    QApplication.processEvents()
    gc.enable()  # (building the sample makes garbage: a few seconds of it)
    try:
        session.sample_copy(paths.cache_dir(), target, _login_name())
    except OSError as error:
        why = fileio.describe(error, Path(error.filename or target))
        raise DeskError(f"Cannot prepare the sample newsroom. {why}") from None
    finally:
        progress.close()
    return f"sqlite:///{target}"


def choose_newsroom(
    db: str | None, demo: bool, store: QSettings, parent: QWidget | None = None
) -> tuple[str, bool] | None:
    """The newsroom to open and whether it may be created; None when the person cancels."""
    if demo:
        return _sample(store, parent), False
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
    from desk.ui.start_dialogs import SAMPLE, FirstRunDialog

    dialog = FirstRunDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.choice == SAMPLE:
        return _sample(store, parent), False
    file = paths.default_database_path()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        from desk import fileio

        raise DeskError(f"Cannot create the newsroom. {fileio.describe(error, file)}") from None
    return paths.database_url(), True


def _check(handle: Newsroom, name: str, password: str | None) -> str | None:
    from desk.services import newsroom

    try:
        newsroom.sign_in(handle, name, password)
    except DeskError as error:
        return str(error)
    return None


def sign_in(
    handle: Newsroom, wanted: str | None, store: QSettings, parent: QWidget | None = None
) -> User | None:
    """Who works in this window: --as (asking a password where one is set), the only person
    of a one-person newsroom, or whoever is picked in the sign-in dialog."""
    from desk.services import newsroom

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
    from desk.ui.start_dialogs import SignInDialog

    last = str(store.value(LAST_USER, "") or _login_name())
    dialog = SignInDialog(users, lambda n, p: _check(handle, n, p), last, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.user


def _refuse(app: QApplication, message: str, parent: QWidget | None = None) -> int:
    """Say why the window cannot open: on the terminal, and in a box where there is a screen."""
    print(f"desk: error: {message}", file=sys.stderr)
    if app.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(parent, "Desk", message)
    return 1


def start_notices(handle: Newsroom) -> list[str]:
    """What the person should know as the window opens about what cannot be written: the
    newsroom itself (read-only: it opens for reading), else the data folder that keeps text the
    newsroom would not take. Said once, in the status bar and on stderr, never in a box."""
    from desk import fileio
    from desk.services import maintenance

    if (read_only := maintenance.read_only(handle)) is not None:
        return [read_only]
    if (why := fileio.unwritable(paths.data_dir())) is not None:
        return [
            f"Desk cannot write in its data folder: {why}. Stories are saved as usual, but "
            "text the newsroom refuses can be kept only on screen."
        ]
    return []


def show_first_frame(window: MainWindow) -> bool:
    """Show the window and let its first frame reach the screen before the newsroom is opened,
    so Desk is seen at once. False if the window was closed meanwhile. A window the system does
    not draw (on another desktop, say) is not waited for long."""
    loop = QEventLoop()
    window.firstFrame.connect(loop.quit)
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, loop, loop.quit)
    window.show()
    loop.exec()
    return window.isVisible()


def quit_when(window: MainWindow, moment: str) -> None:
    """DESK_QUIT_WHEN: close the window right after `moment` (FIRST_FRAME or LIST_FILLED), as
    if the person had, saying on stderr what was on the screen."""

    def first_frame() -> None:
        print(f"desk: {FIRST_FRAME}", file=sys.stderr)
        window.close()

    def list_filled() -> None:
        from desk.ui import look

        listed = window.list_model.rowCount()
        total = look.count(window.list_model.total, "story", "stories")
        print(f"desk: {LIST_FILLED}: {listed:,} of {total} listed", file=sys.stderr)
        window.close()

    if moment == FIRST_FRAME:
        window.firstFrame.connect(first_frame)
    else:
        window.filled.connect(list_filled)


def run(db: str | None = None, user: str | None = None, demo: bool = False) -> int:
    """The window, from start to close; the exit code for the shell."""
    gc.disable()  # until the window is up (settle_memory)
    try:
        return _run(db, user, demo)
    finally:
        gc.enable()


def _run(db: str | None, user: str | None, demo: bool) -> int:
    app = application()
    moment = os.environ.get(QUIT_WHEN, "")
    if moment not in ("", FIRST_FRAME, LIST_FILLED):
        return _refuse(app, f"{QUIT_WHEN} is {FIRST_FRAME} or {LIST_FILLED}, not {moment!r}.")
    store = settings()
    from desk.ui.main_window import MainWindow  # Qt alone, until a newsroom is open in it

    window = MainWindow(None, None, store)
    if moment:
        quit_when(window, moment)
    if not show_first_frame(window):
        return 0  # closed before the newsroom was opened
    try:
        chosen = choose_newsroom(db, demo, store, window)
        if chosen is None:
            window.close()
            return 0
        from desk.services import session

        url, create = chosen
        handle = (
            session.start_empty(url, _login_name())
            if create
            else session.open_newsroom(url, create=False)
        )
    except DeskError as error:
        return _close_refusing(app, window, str(error))
    try:
        who = sign_in(handle, user, store, window)
        if who is None:
            window.close()
            return 0
        if not demo:
            store.setValue(LAST_NEWSROOM, url)
        store.setValue(LAST_USER, who.name)
        from desk.ui import crash

        marker: Path | None = None

        def filled() -> None:  # what the list need not wait for
            nonlocal marker
            if window.isVisible():  # (not if closed at that moment: DESK_QUIT_WHEN)
                marker = None if demo else crash.mark_running(url)
                QTimer.singleShot(0, window, _settle_once)  # once the rest is made too

        window.filled.connect(filled)
        QTimer.singleShot(COLLECTOR_OFF_AT_MOST_MS, window, _settle_once)
        window.open(handle, who)
        copies = None if demo else keep_daily_backups(window, handle)
        stopped = [] if demo else crash.unclean_exits(url)
        notices = start_notices(handle)
        for notice in notices:
            print(f"desk: warning: {notice}", file=sys.stderr)
        if stopped:
            notices.append(crash.message(stopped))
        if notices:
            window.statusBar().showMessage("  ".join(notices))  # stays until replaced
        code = app.exec()
        crash.clear(marker)
        if copies is not None:
            copies.wait(BACKUP_WAIT_MS)  # a copy being written is finished, not cut off
        return code
    except DeskError as error:
        return _close_refusing(app, window, str(error))
    finally:
        session.close_newsroom(handle)
        if demo:  # a throwaway copy: gone when the window closes
            shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent, ignore_errors=True)


def _close_refusing(app: QApplication, window: MainWindow, message: str) -> int:
    code = _refuse(app, message, window)
    window.close()
    return code
