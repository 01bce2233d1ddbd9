"""What every command works with: its options, the newsroom, who acts, and how to print."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from desk import paths
from desk.domain.times import parse_time
from desk.errors import SignInFailed
from desk.storage.store import open_store
from desk.storage.uow import UnitOfWork


class Context:
    """What a command needs: its options, the newsroom (opened on first use) and who acts."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json = getattr(args, "json", False)
        self._uow: UnitOfWork | None = None

    @property
    def url(self) -> str:
        return paths.database_url(getattr(self.args, "db", None))

    def open(self, *, create: bool) -> None:
        self._uow = UnitOfWork(open_store(self.url, create=create))

    @property
    def uow(self) -> UnitOfWork:
        if self._uow is None:
            self.open(create=False)
        assert self._uow is not None
        return self._uow

    def user_name(self) -> str:
        return getattr(self.args, "user", None) or os.environ.get("DESK_USER") or getpass.getuser()

    def actor(self) -> str:
        """The signed-in user's name; asks for the password where one is set."""
        from desk.services import newsroom

        name = self.user_name()
        password = None
        if newsroom.needs_password(self.uow, name):
            password = os.environ.get("DESK_PASSWORD")
            if password is None:
                if not sys.stdin.isatty():
                    raise SignInFailed(f"{name} needs a password: set DESK_PASSWORD.")
                password = getpass.getpass(f"Password for {name}: ")
        actor = newsroom.sign_in(self.uow, name, password).name
        from desk.cli.newsroom import auto_backup  # every command that changes data signs in

        auto_backup(self)
        return actor

    def now(self):  # -> datetime
        return self.uow.clock()

    def time(self, text: str | None):  # -> datetime | None | Keep
        from desk.services.stories import KEEP

        if text is None:
            return KEEP
        if text.strip().lower() in ("", "none"):
            return None
        return parse_time(text, self.now())

    def print(self, human: str, data: Any) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(human)

    def close(self) -> None:
        if self._uow is not None:
            self._uow.store.close()
