"""Text the window could not put into the newsroom (the lock went elsewhere, the disk was full,
the server was down), kept in files in the data folder and brought back the next time Desk
opens that newsroom as that person: saved, or kept as a conflict copy, never dropped."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desk import paths
from desk.domain.body import Body
from desk.domain.story import Story, StoryText
from desk.fileio import write_atomic
from desk.formats.text import render_text
from desk.services.stories import Changes, Saved, edit_story
from desk.ui.controller import Controller

RECOVERED_LABEL = "recovered after Desk could not save it"


def folder() -> Path:
    return paths.data_dir() / "unsaved"


def newsroom_name(controller: Controller) -> str:
    """Which newsroom a kept text belongs to: its address without any password."""
    url = controller.uow.store.url
    return url.set(password=None).render_as_string(hide_password=False)


def keep(
    controller: Controller, story: Story, base: int, now: datetime, over: Path | None = None
) -> Path | None:
    """Write the text to SLUG-TIME.txt (for a person to read) beside SLUG-TIME.json (for Desk
    to bring back), or over the files `over` names (the same story's, kept a moment ago); the
    .txt's path, or None if even that cannot be written."""
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    text_file = over or folder() / f"{story.slug}-{stamp}.txt"
    record = {
        "newsroom": newsroom_name(controller),
        "person": controller.name,
        "story": story.id,
        "base": base,
        "at": now.isoformat(),
        "text": {
            "headline": story.text.headline,
            "standfirst": story.text.standfirst,
            "byline": story.text.byline,
            "dateline": story.text.dateline,
            "body": story.text.body.to_data(),
        },
    }
    try:
        text_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(text_file, render_text(story.text).encode("utf-8"))
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        write_atomic(text_file.with_suffix(".json"), data)
    except OSError:
        return None
    return text_file


@dataclass(frozen=True)
class Kept:
    """One kept text waiting to go back into the newsroom."""

    record: Path
    story_id: int
    base: int
    text: StoryText


def waiting(controller: Controller) -> list[Kept]:
    """The texts kept for this newsroom and this person, oldest first."""
    found = []
    for record in sorted(folder().glob("*.json")):
        try:
            data: dict[str, Any] = json.loads(record.read_text(encoding="utf-8"))
            if (data["newsroom"], data["person"]) != (newsroom_name(controller), controller.name):
                continue
            t = data["text"]
            text = StoryText(
                t["headline"],
                t["standfirst"],
                t["byline"],
                t["dateline"],
                Body.from_data(t["body"]),
            )
            found.append(Kept(record, int(data["story"]), int(data["base"]), text))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not ours to read; the .txt beside it is still there for a person
    return found


def bring_back(controller: Controller) -> list[str]:
    """Put every waiting text back into the newsroom, as a save on the revision it began from
    (a conflict copy if the story moved on or the lock passed). What went in is moved to
    unsaved/recovered/; what could not stays, and the sentence says where."""
    said = []
    for kept in waiting(controller):
        # Claimed by moving it first, so two windows starting at once bring it back once.
        try:
            (folder() / "recovered").mkdir(parents=True, exist_ok=True)
            claimed = kept.record.replace(folder() / "recovered" / kept.record.name)
        except OSError:
            continue  # another window took it (or the folder cannot be written: next time)
        t = kept.text
        changes = Changes(t.headline, t.standfirst, t.byline, t.dateline, t.body)
        saved: Saved | None = controller.do(
            edit_story, kept.story_id, changes, base_revision=kept.base, label=RECOVERED_LABEL,
            stories=[kept.story_id], quiet=True,
        )  # fmt: skip
        txt = kept.record.with_suffix(".txt")
        if saved is None:
            # Back to wait for next time, beside its .txt (or left in recovered/ if even that
            # fails: nothing is lost, and the .txt is named below).
            with contextlib.suppress(OSError):
                claimed.replace(kept.record)
            said.append(
                controller.tr("Text kept in %1 could not go back into story %2: %3")
                .replace("%1", str(txt))
                .replace("%2", str(kept.story_id))
                .replace("%3", controller.last_error)
            )
            continue
        _file_away(txt)
        if saved.conflict:
            line = controller.tr("%1: the text Desk could not save is kept as conflict copy %2.")
        elif saved.revision is not None:
            line = controller.tr("%1: the text Desk could not save is saved as revision %2.")
        else:
            line = controller.tr("%1: the text Desk could not save was already in the story.")
        said.append(line.replace("%1", saved.story.slug).replace("%2", str(saved.revision)))
    return said


def saved_since(text_file: Path) -> None:
    """The text kept in `text_file` has since gone into the newsroom whole: file it away."""
    _file_away(text_file.with_suffix(".json"), text_file)


def _file_away(*kept: Path) -> None:
    done = folder() / "recovered"
    try:
        done.mkdir(parents=True, exist_ok=True)
        for path in kept:
            if path.exists():
                path.replace(done / path.name)
    except OSError:
        pass  # left where it was: brought back again next time, as a conflict copy at worst
