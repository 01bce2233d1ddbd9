"""Stories out to files: plain text and HTML now (Word with the Word issue), written atomically."""

from __future__ import annotations

from pathlib import Path

from desk.domain.story import Story
from desk.errors import Invalid, StoreError
from desk.fileio import write_atomic
from desk.storage.uow import UnitOfWork

FORMATS = ("txt", "html")


def render(story: Story, fmt: str) -> bytes:
    if fmt == "txt":
        from desk.formats.text import render_text

        return render_text(story.text).encode("utf-8")
    if fmt == "html":
        from desk.formats.html import render_html

        return render_html(story.text, language=story.language, title=story.headline).encode()
    raise Invalid(f"Desk cannot export to {fmt!r} yet; choose one of: {', '.join(FORMATS)}.")


def file_name(story: Story, fmt: str, taken: set[str]) -> str:
    """The slug as a file name; slugs are ASCII letters, digits and dashes, so never a path."""
    stem = story.slug or f"story-{story.id}"
    name = f"{stem}.{fmt}"
    if name in taken:
        name = f"{stem}-{story.id}.{fmt}"
    taken.add(name)
    return name


def export_stories(uow: UnitOfWork, story_ids: list[int], fmt: str, target: Path) -> list[Path]:
    """Write each story to `target`: a file for one story, a folder (named by slug) for any."""
    if fmt not in FORMATS:
        raise Invalid(f"Desk cannot export to {fmt!r} yet; choose one of: {', '.join(FORMATS)}.")
    target = Path(target).expanduser()
    with uow.reading():
        stories = [uow.stories.get(i) for i in story_ids]
    if target.is_dir():
        taken: set[str] = set()
        paths = [target / file_name(s, fmt, taken) for s in stories]
    elif len(stories) == 1:
        if not target.parent.is_dir():
            raise Invalid(f"The folder {target.parent} does not exist.")
        paths = [target]
    else:
        raise Invalid(f"To export several stories, give a folder; {target} is not one.")
    data = [render(s, fmt) for s in stories]
    for path, content in zip(paths, data, strict=True):
        try:
            write_atomic(path, content)
        except OSError as error:
            raise StoreError(f"Cannot write {path}: {error.strerror}.") from None
    return paths
