"""Word files in: each one read (in a worker process) and stored as a new draft, with its
pictures and its comments as editorial notes. A batch reports every file's fate and keeps the
good ones; a refused file changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from desk.domain.body import Body, Paragraph, plain
from desk.domain.fields import LIMITS
from desk.domain.script import slugify
from desk.domain.story import Story, StoryText
from desk.errors import DeskError
from desk.formats.word import DOCUMENT_EXTENSIONS, Unreadable, WordComment, WordDocument
from desk.services.stories import create_story
from desk.storage.uow import UnitOfWork


@dataclass(frozen=True)
class Outcome:
    """What became of one file: the story it made, or the reason it was refused."""

    file: Path
    story_id: int | None = None
    headline: str = ""
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def imported(self) -> bool:
        return self.story_id is not None

    def to_data(self) -> dict[str, object]:
        if self.story_id is not None:
            return {"file": str(self.file), "id": self.story_id}
        return {"file": str(self.file), "error": self.error}


def note_for(comment: WordComment) -> str:
    """A Word comment as an editorial note: who wrote it in Word, then what they wrote."""
    who = f"Word comment by {comment.author}" if comment.author else "Word comment"
    return f"{who}: {comment.text}"


def _fitted(text: StoryText) -> StoryText:
    """A headline or standfirst too long for its field goes back to the body, not lost."""
    moved: list[Paragraph] = []
    changes: dict[str, str] = {}
    for name in ("headline", "standfirst", "byline"):
        value = getattr(text, name)
        if len(value) > LIMITS[name]:
            moved.append(Paragraph(plain(value)))
            changes[name] = ""
    if not moved:
        return text
    return replace(text, **changes, body=Body((*moved, *text.body.blocks)))


def store_document(
    uow: UnitOfWork, actor: str, document: WordDocument, source: Path, *, desk: str | None = None
) -> Story:
    """A new draft from a Word file that has been read; one transaction."""
    text = _fitted(document.text)
    if not (text.headline or not text.body.is_empty() or document.pictures):
        raise Unreadable("It has no text to import.")
    properties = document.properties
    slug = "" if text.headline else slugify(properties.title or Path(source).stem) or "word-import"
    return create_story(
        uow,
        actor,
        text,
        slug=slug,
        desk=desk,
        tags=tuple(properties.keywords),
        pictures=document.pictures,
        notes=tuple(note_for(c) for c in document.comments),
    )


def word_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to import: each file given, and the documents inside each folder given (Word
    files, and the .doc, .rtf and .odt files a person may take for them, to be told why not).
    Word's "~$name.docx" files, which only mark a document open in Word, are passed over."""
    for path in paths:
        path = Path(path).expanduser()
        if path.is_dir():
            yield from sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in DOCUMENT_EXTENSIONS and not p.name.startswith("~$")
            )
        else:
            yield path


Reader = Callable[[Path], WordDocument]


def import_one(
    uow: UnitOfWork, actor: str, path: Path, read: Reader, *, desk: str | None = None
) -> Outcome:
    """Read and store one file; every refusal becomes the file's Outcome, never an exception."""
    try:
        document = read(path)
        story = store_document(uow, actor, document, path, desk=desk)
    except DeskError as error:
        return Outcome(path, error=str(error))
    return Outcome(path, story.id, story.headline or story.slug, warnings=document.warnings)


def import_files(
    uow: UnitOfWork,
    actor: str,
    paths: Iterable[Path],
    *,
    desk: str | None = None,
    read: Reader | None = None,
) -> Iterator[Outcome]:
    """Import each file in turn, yielding its outcome as it is known (a caller may stop early)."""
    if read is not None:
        for path in paths:
            yield import_one(uow, actor, path, read, desk=desk)
        return
    from desk.formats.docx_worker import WordReader

    with WordReader() as reader:
        for path in paths:
            yield import_one(uow, actor, path, reader.read, desk=desk)
