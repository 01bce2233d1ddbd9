"""The window's one way into the newsroom: it calls services, turns refusals into messages,
and announces every change with one signal."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desk.domain.story import User
from desk.errors import DeskError
from desk.services.session import Newsroom
from desk.ui.background import Background
from desk.ui.prompts import Prompts

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What a change touched. No story ids means anything may have changed (another Desk
    process wrote to the newsroom)."""

    story_ids: frozenset[int] = field(default_factory=frozenset)
    notes: bool = False  # only the notes of those stories changed

    def touches(self, story_id: int | None) -> bool:
        return not self.story_ids or story_id in self.story_ids


class Controller(QObject):
    """Owns the newsroom connection and the signed-in user for one window.

    `query` reads; `do` acts as the signed-in user and then emits `changed`, the one signal
    every model and view refreshes from. A DeskError becomes a message (through `prompts`)
    and a None result, so a refusal never reaches the user as a traceback.
    """

    changed = Signal(object)  # Change
    failed = Signal(str)  # the message shown, for the status bar and for tests

    def __init__(self, uow: Newsroom, user: User, prompts: Prompts) -> None:
        super().__init__()
        self.uow = uow
        self.user = user
        self.prompts = prompts
        self.last_error = ""  # the last message a failed call gave
        self.background = Background(uow, self)
        self.background.failed.connect(self.failed)

    @property
    def name(self) -> str:
        return self.user.name

    def now(self):  # -> datetime
        return self.uow.clock()

    def query(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """service(uow, *args, **kwargs), or None after telling the user why it failed."""
        try:
            return service(self.uow, *args, **kwargs)
        except DeskError as error:
            self._fail(str(error))
            return None

    def do(
        self,
        service: Callable[..., T],
        *args: Any,
        stories: Iterable[int] = (),
        notes: bool = False,
        quiet: bool = False,
        **kwargs: Any,
    ) -> T | None:
        """service(uow, <signed-in user>, *args, **kwargs); on success announce the change to
        `stories`. quiet=True reports a failure only through `failed` (for autosave)."""
        try:
            result = service(self.uow, self.user.name, *args, **kwargs)
        except DeskError as error:
            self._fail(str(error), quiet=quiet)
            return None
        self.changed.emit(Change(frozenset(stories), notes))
        return result

    def later(self, service: Callable[..., T], *args: Any, then: Callable[[T], None],
              **kwargs: Any) -> None:  # fmt: skip
        """Read off the UI thread: service(newsroom, *args, **kwargs), then `then(result)` back
        on it. For what can take long at newsroom scale (search, counting the queues)."""
        self.background.read(service, *args, then=then, **kwargs)

    def announce(self, change: Change | None = None) -> None:
        """Tell the views something changed elsewhere (another window or process)."""
        self.changed.emit(change or Change())

    def _fail(self, message: str, *, quiet: bool = False) -> None:
        self.last_error = message
        self.failed.emit(message)
        if not quiet:
            self.prompts.error(message)
