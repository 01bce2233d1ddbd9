"""What the command line prints: stable JSON objects, and plain text for people."""

from __future__ import annotations

import shutil
from datetime import datetime
from typing import Any

from desk.domain.body import count_words
from desk.domain.diff import Diff, Op
from desk.domain.story import (
    Comment,
    HistoryEvent,
    Revision,
    SearchHit,
    Story,
    StorySummary,
    User,
)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"


# --- JSON: the keys below are the documented, stable interface -------------------------------


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "slug": story.slug,
        "headline": story.text.headline,
        "standfirst": story.text.standfirst,
        "byline": story.text.byline,
        "byline_parts": story.byline_parts,
        "dateline": story.text.dateline,
        "state": story.state.value,
        "desk": story.desk,
        "language": story.language,
        "tags": list(story.tags),
        "author": story.author,
        "assignee": story.assignee,
        "lock_holder": story.lock_holder,
        "lock_seen": iso(story.lock_seen),
        "word_count": story.word_count,
        "target_words": story.target_words,
        "deadline": iso(story.deadline),
        "embargo": iso(story.embargo_at),
        "publish_at": iso(story.publish_at),
        "published_at": iso(story.published_at),
        "correction_number": story.correction_number,
        "revision": story.revision,
        "body_text": story.text.body.text,
        "created_at": iso(story.created_at),
        "updated_at": iso(story.updated_at),
    }


def summary_json(s: StorySummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "slug": s.slug,
        "headline": s.headline,
        "state": s.state.value,
        "desk": s.desk,
        "author": s.author,
        "assignee": s.assignee,
        "word_count": s.word_count,
        "target_words": s.target_words,
        "deadline": iso(s.deadline),
        "language": s.language,
        "updated_at": iso(s.updated_at),
    }


def event_json(e: HistoryEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "actor": e.actor,
        "action": e.action,
        "from": e.from_state.value if e.from_state else None,
        "to": e.to_state.value if e.to_state else None,
        "at": iso(e.at),
        "note": e.note,
    }


def revision_json(r: Revision) -> dict[str, Any]:
    return {
        "number": r.number,
        "base": r.base,
        "kind": r.kind.value,
        "author": r.author,
        "created_at": iso(r.created_at),
        "label": r.label,
        "headline": r.text.headline,
        "word_count": count_words(r.text.body.text),
    }


def comment_json(c: Comment) -> dict[str, Any]:
    return {
        "id": c.id,
        "story_id": c.story_id,
        "author": c.author,
        "text": c.text,
        "created_at": iso(c.created_at),
        "edited_at": iso(c.edited_at),
    }


def user_json(u: User) -> dict[str, Any]:
    return {"name": u.name, "display_name": u.display_name, "role": u.role.value}


def hit_json(h: SearchHit) -> dict[str, Any]:
    return {
        **summary_json(h.story),
        "snippet": "".join(text for text, _ in h.snippet),
        "matches": [text for text, matched in h.snippet if matched],
    }


def diff_json(old: Revision, new: Revision, diff: Diff) -> dict[str, Any]:
    def segments(items: Any) -> list[dict[str, str]]:
        return [{"op": s.op.value, "text": s.text} for s in items]

    return {
        "old": old.number,
        "new": new.number,
        "summary": diff.summary(),
        "words_added": diff.words_added,
        "words_removed": diff.words_removed,
        "paragraphs_changed": diff.paragraphs_changed,
        "fields": [{"name": f.name, "segments": segments(f.segments)} for f in diff.fields],
        "blocks": [
            {"old_index": b.old_index, "new_index": b.new_index, "segments": segments(b.segments)}
            for b in diff.blocks
            if b.changed
        ],
    }


# --- Text for people ---------------------------------------------------------------------------


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def story_table(rows: list[StorySummary]) -> str:
    if not rows:
        return "No stories."
    width = shutil.get_terminal_size((120, 24)).columns
    lines = []
    fixed = 6 + 10 + 11 + 11 + 17 + 22
    for s in rows:
        words = f"{s.word_count}/{s.target_words}" if s.target_words else str(s.word_count)
        deadline = local(s.deadline) if s.deadline else ""
        lines.append(
            f"{s.id:>5} {s.state.value:<9} {_cut(s.desk or '', 10):<10} {words:>10} "
            f"{deadline:<16} {_cut(s.slug, 21):<21} {_cut(s.headline, max(width - fixed, 20))}"
        )
    header = (
        f"{'ID':>5} {'STATE':<9} {'DESK':<10} {'WORDS':>10} {'DEADLINE':<16} {'SLUG':<21} HEADLINE"
    )
    return "\n".join([header, *lines])


def story_card(story: Story, text: str) -> str:
    held = f", edit lock: {story.lock_holder}" if story.lock_holder else ""
    if story.lock_holder and story.lock_seen:
        held += f" (last seen {local(story.lock_seen)})"
    fit = story.copyfit.describe()
    lines = [
        f"Story {story.id} · {story.slug} · {story.state.value}{held} · revision {story.revision}",
        f"Desk: {story.desk or '-'} · language: {story.language} · author: {story.author}"
        f" · assignee: {story.assignee or '-'}",
        f"Words: {fit} · deadline: {local(story.deadline)} · embargo: {local(story.embargo_at)}",
    ]
    if story.tags:
        lines.append("Tags: " + ", ".join(story.tags))
    if story.publish_at and story.state.value == "scheduled":
        lines.append(f"Scheduled for {local(story.publish_at)}")
    if story.correction_number:
        lines.append(f"Corrections: {story.correction_number}")
    return "\n".join(lines) + "\n\n" + text.rstrip("\n")


def history_lines(events: list[HistoryEvent]) -> str:
    lines = []
    for e in events:
        line = f"{local(e.at)}  {e.actor:<12} {e.action:<9}"
        if e.to_state and e.from_state != e.to_state:
            line += f" {e.from_state.value + ' ' if e.from_state else ''}→ {e.to_state.value}"
        if e.note:
            line += f"  “{e.note}”"
        lines.append(line.rstrip())
    return "\n".join(lines)


def marked(segments: Any) -> str:
    """Word-diff markup: [-removed-]{+added+}."""
    out = []
    for s in segments:
        if s.op is Op.EQUAL:
            out.append(s.text)
        elif s.op is Op.DELETE:
            out.append(f"[-{s.text}-]")
        else:
            out.append(f"{{+{s.text}+}}")
    return "".join(out)


def diff_text(old: Revision, new: Revision, diff: Diff) -> str:
    lines = [f"Revision {old.number} → {new.number}: {diff.summary()}"]
    for f in diff.fields:
        lines.append(f"\n{f.name}: {marked(f.segments)}")
    for b in diff.blocks:
        if b.changed:
            where = f"paragraph {(b.new_index if b.new_index is not None else b.old_index) + 1}"
            lines.append(f"\n{where}: {marked(b.segments)}")
    return "\n".join(lines)


def hit_lines(hits: list[SearchHit]) -> str:
    if not hits:
        return "Nothing found."
    lines = []
    for h in hits:
        snippet = "".join(f"[{t}]" if matched else t for t, matched in h.snippet)
        lines.append(f"{h.story.id:>5} {h.story.state.value:<9} {h.story.headline}")
        lines.append("      " + " ".join(snippet.split()))
    return "\n".join(lines)
