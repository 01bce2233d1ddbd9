"""Stories out to files: Word (the house template), HTML and plain text, written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.domain.body import Picture
from desk.domain.story import Comment, Story
from desk.errors import Invalid, StoreError
from desk.fileio import write_atomic
from desk.storage.uow import UnitOfWork

FORMATS = ("docx", "html", "txt")


@dataclass(frozen=True)
class Extras:
    """What a Word file carries besides the text: the story's pictures and, if asked, notes."""

    pictures: dict[str, Picture]
    comments: tuple[Comment, ...] = ()


def render(story: Story, fmt: str, extras: Extras | None = None) -> bytes:
    if fmt == "docx":
        return _render_docx(story, extras or Extras({}))
    if fmt == "txt":
        from desk.formats.text import render_text

        return render_text(story.text).encode("utf-8")
    if fmt == "html":
        from desk.formats.html import render_html

        return render_html(story.text, language=story.language, title=story.headline).encode()
    raise Invalid(f"Desk cannot export to {fmt!r} yet; choose one of: {', '.join(FORMATS)}.")


def _render_docx(story: Story, extras: Extras) -> bytes:
    from desk.formats.docx_writer import render_docx
    from desk.formats.word import WordComment, WordProperties

    properties = WordProperties(
        title=story.headline,
        author=_author(story),
        subject=story.slug,
        keywords=story.tags,
        category=story.desk or "",
        language=story.language,
    )
    comments = [WordComment(c.author, c.text, c.created_at) for c in extras.comments]
    return render_docx(story.text, properties, pictures=extras.pictures, comments=comments)


def file_name(story: Story, fmt: str, taken: set[str]) -> str:
    """The slug as a file name; slugs are ASCII letters, digits and dashes, so never a path."""
    stem = story.slug or f"story-{story.id}"
    name = f"{stem}.{fmt}"
    if name in taken:
        name = f"{stem}-{story.id}.{fmt}"
    taken.add(name)
    return name


def export_stories(
    uow: UnitOfWork, story_ids: list[int], fmt: str, target: Path, *, comments: bool = False
) -> list[Path]:
    """Write each story to `target`: a file for one story, a folder (named by slug) for any.
    With `comments`, a Word file carries the story's editorial notes as Word comments."""
    if fmt not in FORMATS:
        raise Invalid(f"Desk cannot export to {fmt!r} yet; choose one of: {', '.join(FORMATS)}.")
    target = Path(target).expanduser()
    with uow.reading():
        stories = [uow.stories.get(i) for i in story_ids]
        extras = [_extras(uow, s.id, comments) if fmt == "docx" else None for s in stories]
    if target.is_dir():
        taken: set[str] = set()
        paths = [target / file_name(s, fmt, taken) for s in stories]
    elif len(stories) == 1:
        if not target.parent.is_dir():
            raise Invalid(f"The folder {target.parent} does not exist.")
        paths = [target]
    else:
        raise Invalid(f"To export several stories, give a folder; {target} is not one.")
    data = [render(s, fmt, e) for s, e in zip(stories, extras, strict=True)]
    for path, content in zip(paths, data, strict=True):
        try:
            write_atomic(path, content)
        except OSError as error:
            raise StoreError(f"Cannot write {path}: {error.strerror}.") from None
    return paths


def _extras(uow: UnitOfWork, story_id: int, comments: bool) -> Extras:
    notes = tuple(uow.comments.for_story(story_id)) if comments else ()
    return Extras(uow.pictures.for_story(story_id), notes)


def _author(story: Story) -> str:
    """The names in the byline ("Ana Ilić, Marko Petrović"), else the writer's user name."""
    names = story.byline_parts.get("names") or ()
    if isinstance(names, list | tuple) and names:
        return ", ".join(str(n) for n in names)
    return story.author
