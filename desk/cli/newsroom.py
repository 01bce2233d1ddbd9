"""Commands that set up and look after the newsroom: init, user, desk, backup, check."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Any

from desk import paths
from desk.cli import output
from desk.cli.context import Context
from desk.errors import Invalid
from desk.services import maintenance, newsroom


def cmd_init(ctx: Context) -> int:
    url = ctx.url
    if url == f"sqlite:///{paths.default_database_path()}":
        paths.default_database_path().parent.mkdir(parents=True, exist_ok=True)
    ctx.open(create=True)
    uow = ctx.uow
    chief = ctx.user_name()
    newsroom.start_newsroom(uow, chief)
    data: dict[str, Any] = {"database": uow.store.url.render_as_string(), "chief": chief}
    message = (
        f"Created a newsroom at {uow.store.file or data['database']} with {chief} as chief editor."
    )
    if ctx.args.demo:
        from desk.services.demo import load_demo

        made = load_demo(uow, chief)
        data["stories"] = len(made)
        message += f"\nAdded the sample newsroom: {len(made)} stories on three desks."
    ctx.print(message, data)
    return 0


def _read_password(prompt: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if first != getpass.getpass("Again: "):
        raise Invalid("The two passwords differ; nothing was changed.")
    return first


def cmd_user(ctx: Context) -> int:
    a = ctx.args
    if a.user_command == "list":
        users = newsroom.list_users(ctx.uow)
        lines = [f"{u.name:<16} {u.role.value:<13} {u.display_name}" for u in users]
        ctx.print("\n".join(lines), [output.user_json(u) for u in users])
        return 0
    actor = ctx.actor()
    if a.user_command == "add":
        password = _read_password(f"Password for {a.name}: ") if a.password else None
        user = newsroom.add_user(
            ctx.uow, actor, a.name, a.role, display_name=a.display_name, password=password or None
        )
        ctx.print(f"Added {user.name} as {user.role.value}.", output.user_json(user))
    else:
        password = _read_password(f"New password for {a.name} (empty: none): ")
        newsroom.set_password(ctx.uow, actor, a.name, password or None)
        ctx.print(f"Password {'set' if password else 'cleared'} for {a.name}.", {"name": a.name})
    return 0


def cmd_desk(ctx: Context) -> int:
    if ctx.args.desk_command == "list":
        desks = newsroom.list_desks(ctx.uow)
        ctx.print("\n".join(d.name for d in desks) or "No desks.", [d.name for d in desks])
        return 0
    desk = newsroom.add_desk(ctx.uow, ctx.actor(), ctx.args.name)
    ctx.print(f"Added the {desk.name} desk.", {"name": desk.name})
    return 0


def cmd_backup(ctx: Context) -> int:
    path = maintenance.backup(ctx.uow, Path(ctx.args.path))
    ctx.print(f"Backed up the newsroom to {path}.", {"path": str(path)})
    return 0


def cmd_check(ctx: Context) -> int:
    report = maintenance.check(ctx.uow)
    human = "No problems found." if report.ok else "\n".join(report.problems)
    ctx.print(human, {"ok": report.ok, "problems": list(report.problems)})
    return 0 if report.ok else 1
