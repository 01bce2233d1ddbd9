"""A Word document's paragraphs split into a story: headline, standfirst, byline, dateline
and body, by the rules of DESIGN.md (Word)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from desk.domain.body import (
    Block,
    Body,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Runs,
    Subhead,
    Table,
    count_words,
    runs_text,
)
from desk.domain.bylines import looks_like_byline, split_dateline
from desk.domain.story import StoryText
from desk.formats.word import WordProperties

# A heading-like line: short, and not a sentence.
_MAX_HEADLINE_WORDS = 25
_MAX_SUBHEAD_WORDS = 14
_CHARS_PER_WORD = 8  # the length limit in characters, for scripts written without spaces
_SENTENCE_END = re.compile(r"[.,;…。]\s*$")


@dataclass
class Para:
    """A paragraph as read, before the story is split into its parts."""

    runs: Runs
    style: str  # the style's name, lower case
    outline: int | None
    list_level: int | None = None
    ordered: bool = False
    pictures: list[Image] = field(default_factory=list)
    # Its text runs on into the next paragraph: a drop cap, or a paragraph mark deleted
    # with changes tracked (accepting the deletion joins the two).
    joins_next: bool = False

    @property
    def text(self) -> str:
        return runs_text(self.runs)


def joined(items: Iterable[Para | Table]) -> list[Para | Table]:
    """The paragraphs with each drop cap or deleted paragraph mark joined to the next one.
    A run of joining paragraphs is gathered and tidied once, so that a long run costs no
    more than the text it holds."""
    out: list[Para | Table] = []
    carried: list[Para] = []  # joining paragraphs waiting for the one they run into
    for item in items:
        if isinstance(item, Para) and item.joins_next:
            carried.append(item)
            continue
        if carried and isinstance(item, Para):
            item.runs = tidy([run for para in (*carried, item) for run in para.runs])
            item.pictures[:0] = [picture for para in carried for picture in para.pictures]
            carried = []
        elif carried:  # nothing to join: a table follows
            out.append(_gathered(carried))
            carried = []
        out.append(item)
    if carried:
        out.append(_gathered(carried))
    return out


def _gathered(carried: list[Para]) -> Para:
    """Joining paragraphs with nothing to join: one paragraph, in the last one's style."""
    last = carried[-1]
    last.runs = tidy([run for para in carried for run in para.runs])
    last.pictures[:0] = [picture for para in carried[:-1] for picture in para.pictures]
    return last


def tidy(pieces: Iterable[Run], *, trim: bool = True) -> Runs:
    """Neighbouring runs with the same marks and link joined; note marks made superscript, and
    a comma put between two marks in a row, as a reader sees them ("2,3", not "23")."""
    # Each group of neighbours is joined once at the end: adding to a string a run at a time
    # would copy a paragraph of many runs over and over.
    groups: list[tuple[frozenset[Mark], str | None, list[str]]] = []
    after_note = False
    for run in pieces:
        text, marks, link = run.text, run.marks, run.link
        if text.startswith("\x00"):
            text = ("," if after_note else "") + text[1:]
            marks, link = marks | {Mark.SUPERSCRIPT}, None
            after_note = True
        else:
            after_note = False
        if groups and groups[-1][0] == marks and groups[-1][1] == link:
            groups[-1][2].append(text)
        else:
            groups.append((marks, link, [text]))
    out = [Run("".join(texts), marks, link) for marks, link, texts in groups]
    if not trim:
        return tuple(out)
    # Trim the paragraph's outer spaces, as Word's own text export does.
    while out and not out[0].text.strip(" \t"):
        out.pop(0)
    while out and not out[-1].text.strip(" \t"):
        out.pop()
    if out:
        out[0] = Run(out[0].text.lstrip(" \t"), out[0].marks, out[0].link)
        out[-1] = Run(out[-1].text.rstrip(" \t"), out[-1].marks, out[-1].link)
    return tuple(out)


# Splitting the story


def _is_short_line(text: str, limit: int) -> bool:
    text = text.strip()
    return (
        bool(text)
        and "\n" not in text
        and count_words(text) <= limit
        and len(text) <= limit * _CHARS_PER_WORD
        and not _SENTENCE_END.search(text)
    )


def _all_bold(runs: Runs) -> bool:
    return all(Mark.BOLD in r.marks for r in runs if r.text.strip()) and any(
        r.text.strip() for r in runs
    )


def _heading_level(para: Para) -> int | None:
    """0 for a headline style (Title, the house Headline), else the heading's number (1-9)."""
    name = para.style
    if name in ("title", "headline"):
        return 0
    if match := HEADING_NAME.fullmatch(name):
        return int(match.group(2) or (2 if match.group(1) == "subhead" else 1))
    if para.outline is not None and para.outline < 9:
        return para.outline + 1
    return None


HEADING_NAME = re.compile(r"(heading|subhead)\s*(\d)?")
_QUOTE_STYLES = ("quote", "intense quote", "block text", "block quotation", "quotations")
_STANDFIRST_STYLES = ("subtitle", "standfirst")
_BYLINE_STYLES = ("byline", "author")
# How far into the document a Heading 1 may stand and still be the headline: only short
# lines (a kicker, a date, a picture) may come before it, so that "References" at the end
# of a paper or a heading after the first paragraphs is never taken for the headline.
_LINES_BEFORE_HEADLINE = 3


def split_story(items: list[Para | Table], properties: WordProperties) -> StoryText:
    paras = [i for i in items if isinstance(i, Table) or i.text.strip() or i.pictures]
    headline = standfirst = byline = ""
    start = 0
    pick = _headline_index(paras, properties.title)
    if pick is not None:
        headline = " ".join(paras[pick].text.split())  # type: ignore[union-attr]
        del paras[pick]
        start = pick
    elif _plausible_title(properties.title):
        headline = properties.title

    # A standfirst (Subtitle / house Standfirst) and a byline just after the headline.
    taken: set[int] = set()
    for i in range(start, min(start + 3, len(paras))):
        para = paras[i]
        if isinstance(para, Table):
            break
        if i in taken:
            continue
        if not standfirst and para.style in _STANDFIRST_STYLES:
            standfirst = " ".join(para.text.split())
            taken.add(i)
        elif not byline and para.style in _BYLINE_STYLES:
            lines = list(_styled_run(paras, i, _BYLINE_STYLES))
            texts = [" ".join(paras[j].text.split()) for j in lines]  # type: ignore[union-attr]
            # Pandoc and LibreOffice put each author in an Author paragraph of their own.
            authors = all(paras[j].style == "author" for j in lines)  # type: ignore[union-attr]
            byline = _names_line(texts) if authors else ", ".join(t for t in texts if t)
            taken.update(lines)
            written = _written_byline(paras, lines[-1] + 1)
            if authors and written is not None:
                # The author metadata above a byline the writer typed ("Piše: Ana Ilić"):
                # the typed one is what is printed.
                byline = " ".join(paras[written].text.split())  # type: ignore[union-attr]
                taken.add(written)
        elif not byline and looks_like_byline(para.text):
            byline = " ".join(para.text.split())
            taken.add(i)
    if not byline and (byline := _property_byline(properties.author)):
        # The name may stand alone under the headline (a cover page): it is the byline there.
        names = {byline.casefold(), " ".join(properties.author.split()).casefold()}
        taken.update(
            i
            for i, para in enumerate(paras[start : start + 3], start)
            if isinstance(para, Para) and " ".join(para.text.split()).casefold() in names
        )
    kept = [p for i, p in enumerate(paras) if i not in taken]

    blocks = _body_blocks(kept)
    dateline = ""
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            found, rest = split_dateline(block.text)
            # A bare place ("TIM - Technologie-Management") must open a sentence, not a label.
            bare = found is not None and found.day is None and found.agency is None
            if bare and count_words(rest) < 4 and not rest.rstrip().endswith((".", "!", "?")):
                found = None
            if found is not None:
                dateline = found.text
                blocks[i] = Paragraph(_drop_prefix(block.runs, len(block.text) - len(rest)))
            break
        if not isinstance(block, Image):
            break
    return StoryText(
        headline=headline,
        standfirst=standfirst,
        byline=byline,
        dateline=dateline,
        body=Body(tuple(blocks)),
    )


def _written_byline(paras: list[Para | Table], index: int) -> int | None:
    """The paragraph at `index`, if it is a byline the writer typed."""
    if index < len(paras):
        para = paras[index]
        if isinstance(para, Para) and looks_like_byline(para.text):
            return index
    return None


def _headline_index(paras: list[Para | Table], title: str) -> int | None:
    """Which paragraph is the headline: a Title (or the house Headline) anywhere, else a
    Heading 1 near the top, else the paragraph the document's title property names, else a
    short first line. None when none of them is."""
    for i, para in enumerate(paras):
        if isinstance(para, Para) and _heading_level(para) == 0:
            return i
    for i, para in enumerate(paras[: _LINES_BEFORE_HEADLINE + 1]):
        if not isinstance(para, Para) or para.list_level is not None:
            break
        if _heading_level(para) == 1:
            return i
        if para.text.strip() and not _is_short_line(para.text, _MAX_HEADLINE_WORDS):
            break
    wanted = " ".join(title.split()).casefold()
    for i, para in enumerate(paras[:5]):
        if wanted and isinstance(para, Para) and " ".join(para.text.split()).casefold() == wanted:
            return i
    first = paras[0] if len(paras) > 1 else None
    if (
        isinstance(first, Para)
        and first.list_level is None
        and _is_short_line(first.text, _MAX_HEADLINE_WORDS)
        and not first.text.rstrip().endswith((":", "："))  # "This is some code:" leads in
        and first.style not in (*_BYLINE_STYLES, *_STANDFIRST_STYLES)
        and not looks_like_byline(first.text)
    ):
        return 0
    return None


def _styled_run(paras: list[Para | Table], start: int, styles: tuple[str, ...]) -> Iterator[int]:
    """The indexes of the paragraphs in one of `styles` from `start` on, while they last."""
    for i in range(start, len(paras)):
        para = paras[i]
        if not isinstance(para, Para) or para.style not in styles:
            return
        yield i


def _names_line(names: list[str]) -> str:
    """Names one to a paragraph (the Author style) as one line: "A", "A and B", "A, B and C"."""
    names = [n for n in names if n]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_FILE_NAME = re.compile(r"(?i).*\.(docx?|dotx?|docm|dotm|rtf|odt|pdf|txt)$")
_PLACEHOLDER_TITLE = re.compile(
    r"(?i)(title|untitled|naslov|наслов|заголовок|titel|titre|(document|dokument|документ)\s*\d*)"
)


def _plausible_title(title: str) -> bool:
    """A headline in the title property, not "Normal.dot", "Document1" or a template's field."""
    return (
        count_words(title) > 0
        and len(title) <= _MAX_HEADLINE_WORDS * _CHARS_PER_WORD
        and not _FILE_NAME.fullmatch(title)
        and not _PLACEHOLDER_TITLE.fullmatch(title.strip())
        and not any(mark in title for mark in ("<%", "%>", "{{", "}}", "[[", "###"))
    )


# Words in the author property of a file written by a program, a shared computer or an office.
_NOT_PEOPLE = frozenset(
    """user office microsoft admin administrator python apache author unknown windows owner
    employee staff team company corporation corp ltd inc llc gmbh dept department computer
    laptop pc mac macbook test guest default client generated korisnik корисник пользователь
    учетная запись майкрософт""".split()
)


def _property_byline(author: str) -> str:
    """The author property as a byline ("Allison, Timothy B." as "Timothy B. Allison"), or ""
    when it is not a person's name."""
    author = " ".join(author.split())
    if author.count(",") == 1:
        last, first = (part.strip() for part in author.split(","))
        if not (0 < len(last.split()) <= 2 and 0 < len(first.split()) <= 3):
            return ""
        author = f"{first} {last}"
    return author if _plausible_author(author) else ""


def _plausible_author(author: str) -> bool:
    """A person's name, not "Microsoft Office User", "MAC BOOK PRO" or a program."""
    words = author.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in author):
        return False
    if any(w in _NOT_PEOPLE for w in re.split(r"[\W_]+", author.lower())):
        return False
    # Two- and three-letter words in capitals are a company's or a machine's (ETS, МБУ, PRO).
    if any(2 <= len(w) <= 3 and w.isalpha() and w.isupper() for w in words):
        return False
    return all(w[0].isupper() for w in words if w.isalpha())


def _body_blocks(paras: list[Para | Table]) -> list[Block]:
    blocks: list[Block] = []
    for i, para in enumerate(paras):
        if isinstance(para, Table):
            blocks.append(para)
            continue
        if (
            para.style == "caption"
            and blocks
            and isinstance(blocks[-1], Image)
            and not blocks[-1].caption
        ):
            last = blocks[-1]
            blocks[-1] = Image(last.ref, para.runs, last.alt)
            continue
        if para.runs:
            previous = blocks[-1] if blocks else None
            blocks.append(_block(para, previous, followed=i + 1 < len(paras)))
        blocks.extend(para.pictures)
    return blocks


def _block(para: Para, previous: Block | None, *, followed: bool) -> Block:
    if para.list_level is not None:
        return ListItem(para.runs, para.ordered, para.list_level)
    level = _heading_level(para)
    if level is not None:
        return Subhead(para.runs, min(max(level, 2), 4))
    if para.style in _QUOTE_STYLES:
        return Quote(para.runs)
    # A short line all in bold between two paragraphs is a subhead typed by hand.
    if (
        previous is not None
        and followed
        and _all_bold(para.runs)
        and _is_short_line(para.text, _MAX_SUBHEAD_WORDS)
    ):
        plain_runs = tuple(Run(r.text, r.marks - {Mark.BOLD}, r.link) for r in para.runs)
        return Subhead(plain_runs, 2)
    return Paragraph(para.runs)


def _drop_prefix(runs: Runs, length: int) -> Runs:
    """The runs without their first `length` characters."""
    out: list[Run] = []
    for run in runs:
        if length >= len(run.text):
            length -= len(run.text)
            continue
        out.append(Run(run.text[length:], run.marks, run.link) if length else run)
        length = 0
    return tidy(out)
