"""Commands that set up and look after the newsroom: init, user, desk, backup, check, restore."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from desk import fileio, paths
from desk.cli import output
from desk.cli.context import Context
from desk.errors import Invalid, Refused, WriteFailed
from desk.services import backups, maintenance, newsroom


def cmd_init(ctx: Context) -> int:
    url = ctx.url
    if url == f"sqlite:///{paths.default_database_path()}":
        file = paths.default_database_path()
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WriteFailed(
                f"Cannot create the newsroom. {fileio.describe(error, file)}"
            ) from None
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


def cmd_server(ctx: Context) -> int:
    """desk server setup: run by the server's administrator, with their --db URL."""
    from sqlalchemy.engine import URL

    from desk.services import server
    from desk.storage import server as roles
    from desk.storage.store import parse_url

    roles.check_role_name(ctx.args.app_role)
    if parse_url(ctx.url).get_backend_name() != "postgresql":  # refused before making a file
        raise Invalid(roles.LOCAL_NEWSROOM)
    ctx.open(create=True)
    chief_password = None
    if ctx.args.password and not server_started(ctx):
        chief_password = os.environ.get("DESK_PASSWORD") or _read_password(
            f"Password for {ctx.user_name()}: "
        )
    done = server.set_up(
        ctx.uow,
        ctx.user_name(),
        ctx.args.app_role,
        chief_password=chief_password,
        app_password=os.environ.get("DESK_APP_PASSWORD") or None,
    )
    admin = ctx.uow.store.url
    app_url = URL.create(  # the administrator's address, as the role and without a password
        admin.drivername, done.grants.role, None, admin.host, admin.port, admin.database,
        admin.query,
    )  # fmt: skip
    lines = [
        f"The newsroom at {admin.render_as_string(hide_password=True)} is at schema "
        f"{done.schema_version}, in schema {done.grants.schema}."
    ]
    if done.started:
        lines.append(f"Made {done.chief} its chief editor.")
    verb = "made" if done.grants.created else "brought up to date"
    lines.append(f"The role {done.grants.role} that Desks connect as was {verb}.")
    if done.app_password:
        lines.append(f"Its password (shown only now): {done.app_password}")
    lines.append(f"Each Desk connects with: --db '{app_url.render_as_string()}'")
    ctx.print(
        "\n".join(lines),
        {
            "schema_version": done.schema_version,
            "schema": done.grants.schema,
            "chief": done.chief,
            "started": done.started,
            "role": done.grants.role,
            "role_created": done.grants.created,
            "app_password": done.app_password,
            "privileges": {t: list(p) for t, p in done.grants.tables.items()},
            "url": app_url.render_as_string(),
        },
    )
    return 0


def server_started(ctx: Context) -> bool:
    return newsroom.is_started(ctx.uow)


def cmd_desk(ctx: Context) -> int:
    if ctx.args.desk_command == "list":
        desks = newsroom.list_desks(ctx.uow)
        ctx.print("\n".join(d.name for d in desks) or "No desks.", [d.name for d in desks])
        return 0
    desk = newsroom.add_desk(ctx.uow, ctx.actor(), ctx.args.name)
    ctx.print(f"Added the {desk.name} desk.", {"name": desk.name})
    return 0


def cmd_backup(ctx: Context) -> int:
    keep = getattr(ctx.args, "keep", None)
    if ctx.args.path is not None:
        if keep is not None:
            raise Invalid("--keep goes with the daily backups: desk backup --keep N, without PATH.")
        path = maintenance.backup(ctx.uow, Path(ctx.args.path))
        ctx.print(f"Backed up the newsroom to {path}.", {"path": str(path)})
        return 0
    if ctx.uow.store.file is None:
        raise Invalid("Only a newsroom kept in a file has daily backups; give a PATH.")
    keep = max(1, backups.keep_setting() if keep is None else keep)
    turn = backups.back_up_today(ctx.uow, keep=keep, again=True)
    assert turn.written is not None
    removed = "".join(f"\nRemoved the old copy {p}." for p in turn.removed)
    ctx.print(
        f"Backed up the newsroom to {turn.written} (the newest {keep} daily copies are kept).{removed}",
        {"path": str(turn.written), "removed": [str(p) for p in turn.removed]},
    )
    return 0


def auto_backup(ctx: Context) -> None:
    """Today's copy, before the day's first change: called by every command that changes data.
    Costs one stat once the copy exists; a copy that cannot be written is one line on stderr,
    and the command goes on."""
    if (warning := backups.daily_backup(ctx.uow).warning) is not None:
        print(f"desk: warning: {warning}", file=sys.stderr)


def cmd_check(ctx: Context) -> int:
    report = maintenance.check(ctx.uow)
    human = "No problems found." if report.ok else "\n".join(report.problems)
    ctx.print(human, {"ok": report.ok, "problems": list(report.problems)})
    return 0 if report.ok else 1


def cmd_restore(ctx: Context) -> int:
    database = backups.local_database(ctx.url)
    with backups.inspected(Path(ctx.args.file), database) as candidate:
        if not ctx.args.yes:
            _confirm_restore(candidate, database)
        done = backups.restore(candidate, database, datetime.now().astimezone())
    lines = [f"Restored the newsroom at {database} from {done.source}."]
    if done.previous is not None:
        lines.append(
            f"The newsroom as it was is saved as {done.previous} (undo: desk restore "
            f"{done.previous})."
        )
    if candidate.older:
        lines.append("It was saved by an older Desk and is brought up to date when next opened.")
    data = {
        "restored": str(done.source),
        "database": str(database),
        "previous_saved_as": str(done.previous) if done.previous else None,
    }
    ctx.print("\n".join(lines), data)
    return 0


def _confirm_restore(candidate: backups.Candidate, database: Path) -> None:
    count = f"{candidate.stories} {'story' if candidate.stories == 1 else 'stories'}"
    what = f"the newsroom at {database} with {candidate.source.name} ({count})"
    if not sys.stdin.isatty():
        raise Invalid(f"desk restore would replace {what}; add --yes to do it without asking.")
    print(f"Replace {what}? The current one is saved in {paths.backups_dir(database)} first.",
          file=sys.stderr)  # fmt: skip
    print("Type yes to restore: ", end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise Refused("Nothing was restored.")
