"""Stories out to files: Word (the house template), HTML and plain text, written atomically."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from desk.domain.body import Body, Image, Picture
from desk.domain.story import Comment, Story
from desk.errors import Invalid
from desk.fileio import write_file
from desk.storage.uow import UnitOfWork

FORMATS = ("docx", "html", "txt")


@dataclass(frozen=True)
class Extras:
    """What a file carries besides the text: the story's pictures (a Word file holds them, a
    web page has them beside it) and, if asked, the notes as Word comments."""

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
    With `comments`, a Word file carries the story's editorial notes as Word comments. An
    unknown story or format refuses the whole export before anything is written."""
    _check_format(fmt)
    target = Path(target).expanduser()
    if target.is_dir():
        with uow.reading():
            for story_id in story_ids:
                uow.stories.get(story_id)
        return list(export_each(uow, story_ids, fmt, target, comments=comments))
    if len(story_ids) != 1:
        raise Invalid(f"To export several stories, give a folder; {target} is not one.")
    if not target.parent.is_dir():
        raise Invalid(f"The folder {target.parent} does not exist.")
    story, extras = _read(uow, story_ids[0], fmt, comments)
    _write_all(_files(story, fmt, extras, target))
    return [target]


def export_each(
    uow: UnitOfWork, story_ids: Iterable[int], fmt: str, folder: Path, *, comments: bool = False
) -> Iterator[Path]:
    """Write the stories into `folder` one at a time (files named by slug, as export_stories
    names them), yielding each file once it is written, so a caller can show progress and
    stop between stories. Each story is read in a transaction of its own."""
    _check_format(fmt)
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise Invalid(f"The folder {folder} does not exist.")
    taken: set[str] = set()
    for story_id in story_ids:
        story, extras = _read(uow, story_id, fmt, comments)
        path = folder / file_name(story, fmt, taken)
        _write_all(_files(story, fmt, extras, path))
        yield path


def _files(story: Story, fmt: str, extras: Extras | None, path: Path) -> list[tuple[Path, bytes]]:
    """The file for a story and, for a web page, its pictures beside it (SLUG-image1.png)."""
    pictures = extras.pictures if extras is not None and fmt == "html" else {}
    if not pictures:
        return [(path, render(story, fmt, extras))]
    beside: list[tuple[Path, bytes]] = []
    names: dict[str, str] = {}
    for name, picture in pictures.items():
        names[name] = f"{path.stem}-{name}"
        beside.append((path.with_name(names[name]), picture.data))
    blocks = tuple(
        replace(b, ref=names[b.ref]) if isinstance(b, Image) and b.ref in names else b
        for b in story.body.blocks
    )
    text = replace(story.text, body=Body(blocks))
    return [(path, render(replace(story, text=text), fmt, extras)), *beside]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise Invalid(f"Desk cannot export to {fmt!r} yet; choose one of: {', '.join(FORMATS)}.")


def _read(uow: UnitOfWork, story_id: int, fmt: str, comments: bool) -> tuple[Story, Extras | None]:
    with uow.reading():
        story = uow.stories.get(story_id)
        return story, _extras(uow, story.id, comments) if fmt in ("docx", "html") else None


def _write_all(files: list[tuple[Path, bytes]]) -> None:
    """Each file whole or not at all (desk/fileio.py says why not); a web page's pictures go
    first, so a page never appears without them."""
    for path, content in reversed(files):
        write_file(path, content)


def _extras(uow: UnitOfWork, story_id: int, comments: bool) -> Extras:
    notes = tuple(uow.comments.for_story(story_id)) if comments else ()
    return Extras(uow.pictures.for_story(story_id), notes)


def _author(story: Story) -> str:
    """The names in the byline ("Ana Ilić, Marko Petrović"), else the writer's user name."""
    names = story.byline_parts.get("names") or ()
    if isinstance(names, list | tuple) and names:
        return ", ".join(str(n) for n in names)
    return story.author
