"""The story commands behind `desk COMMAND`, and the table of every command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk.cli import output
from desk.cli.context import Context
from desk.domain.body import Body
from desk.domain.story import Sort, State, StoryFilter, StoryText
from desk.domain.times import parse_time
from desk.domain.workflow import Action
from desk.errors import Invalid
from desk.services import queries

MAX_BODY_FILE = 20 * 1024 * 1024


def _body_file(name: str) -> str:
    try:
        if name == "-":
            raw = sys.stdin.buffer.read(MAX_BODY_FILE + 1)
        else:
            path = Path(name).expanduser()
            if path.is_dir():
                raise Invalid(f"{name} is a folder, not a text file.")
            with path.open("rb") as f:
                raw = f.read(MAX_BODY_FILE + 1)
    except FileNotFoundError:
        raise Invalid(f"There is no file {name}.") from None
    except OSError as error:
        raise Invalid(f"Cannot read {name}: {error.strerror}.") from None
    if len(raw) > MAX_BODY_FILE:
        raise Invalid(f"{name} is larger than {MAX_BODY_FILE // 2**20} MB.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Invalid(
            f"{name} is not UTF-8 text; save it as plain text (UTF-8) and try again."
        ) from None


def _text_changes(a: argparse.Namespace) -> dict[str, Any]:
    """headline, standfirst, byline, dateline and body from the options that were given."""
    from desk.domain.bylines import split_dateline
    from desk.formats.text import parse_text

    given = {
        name: getattr(a, name)
        for name in ("headline", "standfirst", "byline", "dateline")
        if getattr(a, name) is not None
    }
    if a.body_file:
        body = parse_text(_body_file(a.body_file))
        if a.dateline is None and body.blocks and body.blocks[0].kind == "paragraph":
            dateline, rest = split_dateline(body.blocks[0].text)
            if dateline is not None:
                given["dateline"] = dateline.text
                first = Body.from_paragraphs([rest]).blocks
                body = Body(first + body.blocks[1:])
        given["body"] = body
    return given


def _details(ctx: Context) -> dict[str, Any]:
    from desk.services.stories import KEEP

    a = ctx.args
    details: dict[str, Any] = {}
    for name in ("slug", "desk", "language", "assignee", "target_words"):
        value = getattr(a, name, None)
        if value is not None:
            details[name] = value if value != "" else None
    if a.tags is not None:
        details["tags"] = tuple(t.strip() for t in a.tags.split(",") if t.strip())
    for option, field in (("deadline", "deadline"), ("embargo", "embargo_at")):
        if (value := ctx.time(getattr(a, option))) is not KEEP:
            details[field] = value
    return details


def cmd_new(ctx: Context) -> int:
    from desk.services import stories

    actor = ctx.actor()
    text = StoryText(**_text_changes(ctx.args))
    details = _details(ctx)
    details = {k: v for k, v in details.items() if v is not None}
    story = stories.create_story(ctx.uow, actor, text, **details)
    ctx.print(f"Created story {story.id} ({story.slug}), a draft.", output.story_json(story))
    return 0


def cmd_edit(ctx: Context) -> int:
    from desk.services import stories
    from desk.services.stories import Changes

    a = ctx.args
    actor = ctx.actor()
    changes = Changes(**_text_changes(a), **_details(ctx))
    if not changes.given() and not a.label:
        raise Invalid("Nothing to change: give --headline, --body-file or another option.")
    saved = stories.edit_story(
        ctx.uow,
        actor,
        a.id,
        changes,
        base_revision=a.base_revision,
        autosave=a.autosave,
        label=a.label or "",
    )
    if saved.conflict and saved.story.lock_holder != actor:
        holder = saved.story.lock_holder
        who = f"{holder} now holds" if holder else "Nobody holds"
        message = (
            f"{who} story {a.id}'s edit lock; your text was kept as conflict copy "
            f"{saved.revision} (see: desk diff {a.id} {saved.story.revision} {saved.revision})."
        )
    elif saved.conflict:
        message = (
            f"Story {a.id} had moved on to revision {saved.story.revision}; your text was kept "
            f"as conflict copy {saved.revision} (see: desk diff {a.id} "
            f"{saved.story.revision} {saved.revision})."
        )
    elif saved.revision is not None:
        message = f"Saved story {a.id} as revision {saved.revision}."
    else:
        message = f"Story {a.id} updated; its text is unchanged."
    data = {**output.story_json(saved.story), "saved_revision": saved.revision}
    data["conflict"] = saved.conflict
    ctx.print(message, data)
    return 0


def cmd_action(ctx: Context) -> int:
    from desk.services import stories
    from desk.services.stories import KEEP

    a = ctx.args
    actor = ctx.actor()
    at = ctx.time(a.at)
    story = stories.act(
        ctx.uow, actor, a.id, Action(a.command), note=a.note, at=None if at is KEEP else at
    )
    ctx.print(f"Story {story.id} is now {story.state.value}.", output.story_json(story))
    return 0


def cmd_publish_due(ctx: Context) -> int:
    from desk.services import stories

    published = stories.publish_due(ctx.uow, ctx.actor())
    ids = [s.id for s in published]
    ctx.print(f"Published {len(ids)} scheduled stories.", {"published": ids})
    return 0


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    f = StoryFilter(
        states=tuple(State(s) for s in a.state or ()),
        desk=a.desk,
        author=a.author,
        assignee=a.assignee,
        involving=ctx.user_name() if a.mine else None,
        language=a.language,
        deadline_before=parse_time(a.due_before, ctx.now()) if a.due_before else None,
        sort=Sort(a.sort),
        descending=not a.ascending,
        limit=a.limit,
    )
    rows = queries.list_stories(ctx.uow, f)
    ctx.print(output.story_table(rows), [output.summary_json(r) for r in rows])
    return 0


def cmd_show(ctx: Context) -> int:
    from desk.formats.text import render_text

    story = queries.get_story(ctx.uow, ctx.args.id)
    ctx.print(output.story_card(story, render_text(story.text)), output.story_json(story))
    return 0


def cmd_import(ctx: Context) -> int:
    """Each file's fate on its own line as it is known; exit 1 when any was refused."""
    from desk.services.imports import import_files, word_files

    actor = ctx.actor()
    outcomes = []
    for outcome in import_files(
        ctx.uow, actor, word_files(map(Path, ctx.args.files)), desk=ctx.args.desk
    ):
        outcomes.append(outcome)
        if ctx.json:
            continue
        if outcome.imported:
            print(f"{outcome.story_id}\t{outcome.file}: {outcome.headline}")
            for warning in outcome.warnings:
                print(f"\t{warning}")
        else:
            print(f"desk: {outcome.file}: {outcome.error}", file=sys.stderr)
    if ctx.json:
        ctx.print("", [o.to_data() for o in outcomes])
    if not outcomes:
        raise Invalid("There were no Word files to import.")
    return 0 if all(o.imported for o in outcomes) else 1


def cmd_export(ctx: Context) -> int:
    from desk.services.exports import export_stories

    a = ctx.args
    written = export_stories(ctx.uow, a.ids, a.format, Path(a.output), comments=a.comments)
    ctx.print("\n".join(f"Wrote {p}" for p in written), [str(p) for p in written])
    return 0


def cmd_actions(ctx: Context) -> int:
    choices = queries.available_actions(ctx.uow, ctx.user_name(), ctx.args.id)
    lines = [
        f"{'yes' if why is None else 'no ':<4}{a.value:<9} {why or ''}"
        for a, why in choices.items()
    ]
    data = [
        {"action": a.value, "allowed": why is None, "reason": why} for a, why in choices.items()
    ]
    ctx.print("\n".join(lines), data)
    return 0


def cmd_history(ctx: Context) -> int:
    events = queries.story_history(ctx.uow, ctx.args.id)
    ctx.print(output.history_lines(events), [output.event_json(e) for e in events])
    return 0


def cmd_revisions(ctx: Context) -> int:
    revisions = queries.story_revisions(ctx.uow, ctx.args.id)
    lines = [
        f"{r.number:>4}  {output.local(r.created_at)}  {r.author:<12} {r.kind.value:<9}"
        f"{' based on ' + str(r.base) if r.is_conflict else ''} {r.label}".rstrip()
        for r in revisions
    ]
    ctx.print("\n".join(lines), [output.revision_json(r) for r in revisions])
    return 0


def cmd_diff(ctx: Context) -> int:
    revs = ctx.args.revisions
    if len(revs) not in (0, 2):
        raise Invalid("Give two revision numbers, or none for the last change.")
    old, new, diff = queries.story_diff(ctx.uow, ctx.args.id, *(revs or (None, None)))
    ctx.print(output.diff_text(old, new, diff), output.diff_json(old, new, diff))
    return 0


def cmd_search(ctx: Context) -> int:
    a = ctx.args
    f = StoryFilter(states=tuple(State(s) for s in a.state or ()), desk=a.desk, limit=a.limit)
    hits = queries.search_stories(ctx.uow, " ".join(a.query), f)
    ctx.print(output.hit_lines(hits), [output.hit_json(h) for h in hits])
    return 0


def cmd_comment(ctx: Context) -> int:
    from desk.services import notes

    c = notes.add_comment(ctx.uow, ctx.actor(), ctx.args.id, ctx.args.text)
    ctx.print(f"Note {c.id} added to story {c.story_id}.", output.comment_json(c))
    return 0


def cmd_comments(ctx: Context) -> int:
    from desk.services import notes

    found = notes.list_comments(ctx.uow, ctx.args.id)
    lines = [
        f"#{c.id} {output.local(c.created_at)} {c.author}{' (edited)' if c.edited_at else ''}: {c.text}"
        for c in found
    ]
    ctx.print("\n".join(lines) or "No notes.", [output.comment_json(c) for c in found])
    return 0


def cmd_comment_edit(ctx: Context) -> int:
    from desk.services import notes

    c = notes.edit_comment(ctx.uow, ctx.actor(), ctx.args.note_id, ctx.args.text)
    ctx.print(f"Note {c.id} changed.", output.comment_json(c))
    return 0


def cmd_comment_delete(ctx: Context) -> int:
    from desk.services import notes

    notes.delete_comment(ctx.uow, ctx.actor(), ctx.args.note_id)
    ctx.print(f"Note {ctx.args.note_id} deleted.", {"deleted": ctx.args.note_id})
    return 0


def _setup(name: str):  # -> Callable[[Context], int]
    """A command of desk/cli/newsroom.py, imported when it runs (backups, users: not for list)."""

    def command(ctx: Context) -> int:
        from desk.cli import newsroom

        return getattr(newsroom, f"cmd_{name}")(ctx)

    return command


COMMANDS = {
    "init": _setup("init"),
    "user": _setup("user"),
    "desk": _setup("desk"),
    "server": _setup("server"),
    "new": cmd_new,
    "edit": cmd_edit,
    "list": cmd_list,
    "show": cmd_show,
    "import": cmd_import,
    "export": cmd_export,
    "actions": cmd_actions,
    "history": cmd_history,
    "revisions": cmd_revisions,
    "diff": cmd_diff,
    "search": cmd_search,
    "comment": cmd_comment,
    "comments": cmd_comments,
    "comment-edit": cmd_comment_edit,
    "comment-delete": cmd_comment_delete,
    "publish-due": cmd_publish_due,
    "backup": _setup("backup"),
    "check": _setup("check"),
    "restore": _setup("restore"),
    **{a.value: cmd_action for a in Action if a is not Action.CREATE},
}
