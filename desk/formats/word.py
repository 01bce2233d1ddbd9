"""What a Word file carries besides the story's text: its properties, comments and pictures.

The reader (docx_reader) and the writer (docx_writer) share these values; neither depends on
the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.domain.body import Picture
from desk.domain.story import StoryText
from desk.errors import Invalid

# The main document part's content types Desk reads: documents, macro-enabled documents (the
# macros are never run, nor even read) and templates.
WORD_EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm")
# What an import takes from a folder or a drop: Word files, and the documents a person may take
# for them (old .doc, RTF, OpenDocument), which are refused with a reason rather than ignored.
DOCUMENT_EXTENSIONS = (*WORD_EXTENSIONS, ".doc", ".dot", ".rtf", ".odt")


class Unreadable(Invalid):
    """A file Desk will not import; str(error) is the one-line reason shown to the person."""


@dataclass(frozen=True)
class WordComment:
    """A comment in the margin of a Word file (an editorial note in Desk)."""

    author: str
    text: str
    when: datetime | None = None


@dataclass(frozen=True)
class WordProperties:
    """The document properties (File > Properties in Word) Desk reads and writes."""

    title: str = ""
    author: str = ""
    subject: str = ""  # the slug, on export
    keywords: tuple[str, ...] = ()  # the tags
    category: str = ""  # the desk
    language: str = ""


@dataclass(frozen=True)
class WordDocument:
    """A Word file read into Desk's terms: the story's text split into its parts, and the rest."""

    text: StoryText
    properties: WordProperties = WordProperties()
    pictures: tuple[Picture, ...] = ()
    comments: tuple[WordComment, ...] = ()
    # Things a person should know that did not stop the import ("2 linked pictures were not
    # fetched"), one sentence each.
    warnings: tuple[str, ...] = field(default_factory=tuple)
