"""Setting a newsroom up on a PostgreSQL server: its schema, its first chief editor, and the
role every Desk connects as. Run by the server's administrator, again after each upgrade."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from desk.services import newsroom
from desk.storage import migrate, server
from desk.storage.uow import UnitOfWork


@dataclass(frozen=True)
class SetUp:
    """What `set_up` did, for the administrator to pass on."""

    schema_version: str
    chief: str
    started: bool  # the newsroom was new: its chief editor was made
    grants: server.Grants
    app_password: str | None  # made up here for a new role; shown once, kept nowhere


def set_up(
    uow: UnitOfWork,
    chief: str,
    role: str,
    *,
    chief_password: str | None = None,
    app_password: str | None = None,
) -> SetUp:
    """The newsroom at `uow` (opened, so its schema is up to date) gets its chief editor if it
    has none, and `role` what Desk needs and nothing more. A new role without a password
    given gets a made-up one."""
    server.check_role_name(role)
    if uow.dialect != "postgresql":
        server.grant_app_role(uow.store, role, None)  # refuses, saying why
    started = not newsroom.is_started(uow)
    if started:
        newsroom.start_newsroom(uow, chief)
        if chief_password:
            newsroom.set_password(uow, chief, chief, chief_password)
    made_up = None
    if app_password is None and not server.role_exists(uow.store, role):
        made_up = app_password = secrets.token_urlsafe(18)
    grants = server.grant_app_role(uow.store, role, app_password)
    return SetUp(migrate.HEAD, chief, started, grants, made_up)
