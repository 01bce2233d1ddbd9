"""The `desk` command line: every command, its options and its help, built with argparse."""

from __future__ import annotations

import argparse
from typing import Any

from desk import __version__
from desk.domain.story import Language, Role, Sort, State
from desk.domain.workflow import TABLE, Action

SUPPRESS = argparse.SUPPRESS


def _common() -> argparse.ArgumentParser:
    # Defaults are suppressed so "desk --db X list" and "desk list --db X" both work: a
    # subcommand must not overwrite with its default what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=SUPPRESS,
        help="the newsroom database (default: the local one)",
    )
    common.add_argument(
        "--as",
        dest="user",
        metavar="NAME",
        default=SUPPRESS,
        help="act as this user (default: DESK_USER, else your login name)",
    )
    common.add_argument(
        "--json", action="store_true", default=SUPPRESS, help="print machine-readable JSON"
    )
    return common


def _story_options(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--headline", required=False)
    p.add_argument("--slug", help="short internal name (default: made from the headline)")
    p.add_argument("--standfirst")
    p.add_argument("--byline", help='as printed, e.g. "By Ana Ilić" or "Пише: Ана Илић"')
    p.add_argument("--dateline", help='e.g. "MOSCOW, Nov 27 —" (or let it open the body file)')
    p.add_argument(
        "--body-file",
        metavar="FILE",
        help="UTF-8 text, a blank line between paragraphs ('-' reads standard input)",
    )
    p.add_argument("--desk", help="the desk (section) the story belongs to")
    p.add_argument("--language", choices=[lang.value for lang in Language])
    p.add_argument("--tags", help="comma-separated")
    p.add_argument("--assignee", metavar="NAME", help="who is to write it")
    p.add_argument("--deadline", metavar="TIME")
    p.add_argument("--target-words", type=int, metavar="N")
    p.add_argument("--embargo", metavar="TIME", help="not to be published before this time")
    if not new:
        p.add_argument(
            "--base-revision",
            type=int,
            metavar="N",
            help="the revision your text is based on; if the story moved on, yours is kept "
            "as a conflict copy",
        )
        p.add_argument("--label", help="name this revision")
        p.add_argument("--autosave", action="store_true", help=SUPPRESS)


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1, not {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="desk",
        parents=[common],
        description="Desk, a desktop newsroom. Without a command it opens the window; "
        "with one it runs headless.",
        epilog="Times are written like 2026-11-30 14:00, 14:00 (today), +2h, +1d or now.",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throwaway copy of the sample newsroom",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help, description=help, **kw)

    p = add("init", "create the newsroom (with --demo: a sample one to try Desk on)")
    p.add_argument("--demo", action="store_true")

    p = add("user", "add and list the newsroom's people")
    users = p.add_subparsers(dest="user_command", metavar="SUBCOMMAND", required=True)
    u = users.add_parser("add", parents=[common], help="add a person (chief editors only)")
    u.add_argument("name")
    u.add_argument("--role", required=True, choices=[r.value for r in Role])
    u.add_argument("--display-name", default="", help='the name as printed, e.g. "Ana Ilić"')
    u.add_argument(
        "--password", action="store_true", help="ask for a password (or read it from stdin)"
    )
    users.add_parser("list", parents=[common], help="everyone in the newsroom")
    u = users.add_parser("password", parents=[common], help="set or clear a password")
    u.add_argument("name")

    p = add("server", "set up a newsroom on a PostgreSQL server (for its administrator)")
    servers = p.add_subparsers(dest="server_command", metavar="SUBCOMMAND", required=True)
    s = servers.add_parser(
        "setup",
        parents=[common],
        help="create or upgrade the newsroom's tables, make its first chief editor (--as), and "
        "give the role every Desk connects as what it needs and nothing more; run again after "
        "installing a newer Desk",
    )
    s.add_argument(
        "--app-role", default="desk", metavar="ROLE", help="the role Desks connect as (desk)"
    )
    s.add_argument(
        "--password",
        action="store_true",
        help="ask for the new chief editor's password (or read it from DESK_PASSWORD)",
    )

    p = add("desk", "add and list desks (sections)")
    desks = p.add_subparsers(dest="desk_command", metavar="SUBCOMMAND", required=True)
    d = desks.add_parser("add", parents=[common], help="add a desk (chief editors only)")
    d.add_argument("name")
    desks.add_parser("list", parents=[common], help="the newsroom's desks")

    p = add("new", "write a new story (a draft)")
    _story_options(p, new=True)

    p = add("edit", "change a story's text or details (you need its edit lock for the text)")
    p.add_argument("id", type=int)
    _story_options(p, new=False)

    p = add("list", "list stories")
    p.add_argument("--state", action="append", choices=[s.value for s in State])
    p.add_argument("--desk")
    p.add_argument("--mine", action="store_true", help="stories you wrote or are assigned")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--assignee", metavar="NAME")
    p.add_argument("--language", choices=[lang.value for lang in Language])
    p.add_argument("--due-before", metavar="TIME", help="deadline before this time")
    p.add_argument("--sort", choices=[s.value for s in Sort], default=Sort.UPDATED.value)
    p.add_argument("--ascending", action="store_true")
    p.add_argument("--limit", type=int, default=200)

    p = add("show", "one story, whole")
    p.add_argument("id", type=int)

    p = add("import", "Word files (.docx, .docm, .dotx) in, each as a new draft")
    p.add_argument("files", nargs="+", metavar="FILE", help="Word files, or folders of them")
    p.add_argument("--desk", help="the desk (section) the stories belong to")

    p = add("export", "write stories to files")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--format", required=True, choices=["docx", "html", "txt"])
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="a file, or a folder")
    p.add_argument(
        "--comments", action="store_true", help="put the editorial notes in as Word comments"
    )

    for t in TABLE:
        if t.action is Action.CREATE:
            continue
        sources = ", ".join(s.value for s in t.sources)
        target = t.target.value if t.target else "the state it left"
        gate = f"; {t.gate}" if t.gate else ""
        p = add(t.action.value, f"{sources} → {target} (who: {t.who.value}{gate})")
        p.add_argument("id", type=int)
        p.add_argument("--note", help="a note (needed to return, correct and kill)")
        p.add_argument("--at", metavar="TIME", help="when to publish (schedule)")

    p = add("actions", "what you may do to a story now, and why not")
    p.add_argument("id", type=int)
    p = add("history", "who did what to a story, and when")
    p.add_argument("id", type=int)
    p = add("revisions", "every revision of a story's text")
    p.add_argument("id", type=int)
    p = add("diff", "word-level changes between two revisions (default: the last two)")
    p.add_argument("id", type=int)
    p.add_argument("revisions", type=int, nargs="*", metavar="REV")
    p = add("search", "full-text search over slug, headline, standfirst, byline and body")
    p.add_argument("query", nargs="+")
    p.add_argument("--state", action="append", choices=[s.value for s in State])
    p.add_argument("--desk")
    p.add_argument("--limit", type=int, default=20)

    p = add("comment", "add an editorial note to a story")
    p.add_argument("id", type=int)
    p.add_argument("text")
    p = add("comments", "a story's editorial notes")
    p.add_argument("id", type=int)
    p = add("comment-edit", "change one of your notes")
    p.add_argument("note_id", type=int, metavar="NOTE")
    p.add_argument("text")
    p = add("comment-delete", "delete one of your notes")
    p.add_argument("note_id", type=int, metavar="NOTE")

    p = add("publish-due", "publish the scheduled stories whose time has come (chief)")
    p = add(
        "backup",
        "an online copy of the local newsroom: to PATH, or without it today's daily copy "
        "in backups/daily beside the newsroom",
    )
    p.add_argument("path", nargs="?", help="a file or a folder (default: the daily backups)")
    p.add_argument(
        "--keep",
        type=_count,
        metavar="N",
        help="daily copies to keep (default: DESK_KEEP_BACKUPS, else 7)",
    )
    add("check", "check the database and the workflow's rules")
    p = add(
        "restore",
        "replace the local newsroom with a backup, once the backup passes the check; the "
        "newsroom as it was is saved in backups/ first",
    )
    p.add_argument("file", metavar="FILE", help="a backup of the newsroom")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not on a terminal)")
    return parser
