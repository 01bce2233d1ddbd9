"""Word files in: a .docx read straight from its XML into a story, split into its parts.

Engine choice, measured over ../shared/corpus (372 files; bench/word_import.py): python-docx
opens 343 of them (median 1.4 ms for its open and paragraph text) and reads neither tracked
insertions nor content controls; reading the parts with lxml under our own container checks
opens all 355 readable ones in about the same time (median 1.5 ms for the whole story, notes,
tables and pictures included). So the walk below is ours, over the parts docx_package hands it.

The reading follows DESIGN.md (Word): the headline is the Title, else a Heading 1 near the top,
else the paragraph the title property names, else a short first paragraph, else the title
property; a byline follows (Author paragraphs, "By ...", "Piše: ...", else the author property
when it is a person's name); a dateline opens the first body paragraph; the rest is the body
with its marks, lists, quotes, tables, pictures, footnotes and links. Text inside tracked
insertions counts, tracked deletions and hidden text do not. Generated text (a table of
contents, a content control's grey placeholder) is left out, and only links a reader can
follow (web and mail addresses) are kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from desk.domain.body import (
    Body,
    Footnote,
    Image,
    Mark,
    Run,
    Runs,
    Table,
)
from desk.domain.story import StoryText
from desk.formats.docx_elements import (
    BLOCK_WRAPPERS,
    CP,
    DC,
    INLINE_WRAPPERS,
    MC,
    MEDIA_TYPES,
    SKIPPED_STYLES,
    SYMBOL_FONT,
    SYMBOL_PRIVATE,
    WP,
    A,
    M,
    ParagraphStyle,
    R,
    Style,
    V,
    W,
    decimal,
    has_text,
    hyperlink_field,
    is_on,
    list_levels,
    marks_of,
    numbering_of,
    on_attr,
    roman,
    row_cells,
    sdt_content,
    symbol_text,
    table_rows,
    web_link,
    when_of,
)
from desk.formats.docx_package import Package, Relationship
from desk.formats.docx_story import HEADING_NAME, Para, joined, split_story, tidy
from desk.formats.word import Picture, Unreadable, WordComment, WordDocument, WordProperties

_UNDERLINED = frozenset({Mark.UNDERLINE})
# How many styles deep a style's basedOn chain is followed. Real documents go a few levels;
# the cap keeps a file of thousands of styles, each based on the last, from making every
# paragraph and run walk all of them.
MAX_STYLE_CHAIN = 32


# The opening of the refusal read_docx falls back on for an error the reader did not foresee.
# That is a bug to fix, however damaged the file: bench/fuzz_docx.py reports every input that
# ends here, with the error it caught (the refusal's __context__).
UNFORESEEN = "It is damaged in a way Desk cannot read"


def read_docx(path: Path | str) -> WordDocument:
    """The story in a Word file, or Unreadable with the reason it cannot be imported."""
    with Package.open(Path(path)) as package:
        try:
            return _Reader(package).read()
        except Unreadable:
            raise
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
            reason = " ".join(str(error).split())[:200]
            raise Unreadable(f"{UNFORESEEN} ({reason}).") from None


class _Reader:
    def __init__(self, package: Package) -> None:
        self.package = package
        self.main = package.main_part()
        self.rels = package.relationships(self.main)
        self.styles: dict[str, Style] = {}
        self.default_style = ""
        self.numbering: dict[str, dict[int, bool]] = {}  # numId -> level -> ordered
        self.notes: dict[tuple[bool, str], Runs] = {}  # (endnote, id) -> text
        self.note_refs: dict[tuple[bool, str], str] = {}  # (endnote, id) -> its mark in the text
        self.note_counts = {False: 0, True: 0}  # footnotes, endnotes referred to so far
        self.pictures: dict[str, Picture] = {}  # part name -> picture
        self.paragraph_styles: dict[str, ParagraphStyle] = {}  # style id -> what it means
        # character style id -> the marks it gives and whether it hides the text
        self.character_styles: dict[str, tuple[frozenset[Mark], bool]] = {}
        self.warnings: list[str] = []
        self.missing_pictures = 0
        self.linked_pictures = 0
        self.pictures_left_out = 0

    # The parts

    def read(self) -> WordDocument:
        root = self.package.xml(self.main)
        if root is None or root.tag != W + "document":
            raise Unreadable("It is a zip file but not a Word document.")
        self._read_styles()
        self._read_numbering()
        self._read_notes()
        body = root.find(W + "body")
        paras = joined(self._blocks(body)) if body is not None else []
        properties = self._properties()
        text = split_story(paras, properties)
        text = StoryText(
            headline=text.headline,
            standfirst=text.standfirst,
            byline=text.byline,
            dateline=text.dateline,
            body=Body(text.body.blocks + tuple(self._footnotes())),
        )
        if self.missing_pictures:
            self.warnings.append(f"{self.missing_pictures} picture(s) were missing from the file.")
        if self.package.ignored_entities:
            self.warnings.append(
                f"{self.package.ignored_entities} external XML reference(s) were left out, not fetched."
            )
        if self.linked_pictures:
            self.warnings.append(
                f"{self.linked_pictures} linked picture(s) point outside the file and were not fetched."
            )
        if self.pictures_left_out:
            self.warnings.append(
                f"{self.pictures_left_out} picture(s) in footnotes were left out; "
                "Desk keeps pictures in the body."
            )
        return WordDocument(
            text=text,
            properties=properties,
            pictures=tuple(self.pictures.values()),
            comments=tuple(self._comments()),
            warnings=tuple(self.warnings),
        )

    def _part_for(self, kind: str) -> str | None:
        for rel in self.rels.values():
            if rel.type == kind and not rel.external and self.package.has(rel.target):
                return rel.target
        return None

    def _read_styles(self) -> None:
        name = self._part_for("styles")
        root = self.package.xml(name) if name else None
        if root is None:
            return
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId") or ""
            name_el = style.find(W + "name")
            based = style.find(W + "basedOn")
            ppr = style.find(W + "pPr")
            rpr = style.find(W + "rPr")
            outline = numbering = None
            if ppr is not None:
                level = ppr.find(W + "outlineLvl")
                outline = decimal(level.get(W + "val")) if level is not None else None
                num_pr = ppr.find(W + "numPr")
                numbering = numbering_of(num_pr) if num_pr is not None else None
            self.styles[style_id] = Style(
                name=(name_el.get(W + "val") if name_el is not None else style_id) or style_id,
                based_on=based.get(W + "val") if based is not None else None,
                outline=outline,
                # A link's own look (Hyperlink: blue, underlined) is not the writer's underline.
                marks=marks_of(rpr)
                if style.get(W + "type") == "character" and "hyperlink" not in style_id.lower()
                else frozenset(),
                numbering=numbering,
                hidden=rpr is not None and is_on(rpr.find(W + "vanish")),
            )
            if style.get(W + "type") == "paragraph" and on_attr(style.get(W + "default")):
                self.default_style = style_id

    def _chain(self, style_id: str | None) -> Iterator[Style]:
        seen = set()
        while (
            style_id
            and style_id not in seen
            and style_id in self.styles
            and len(seen) < MAX_STYLE_CHAIN
        ):
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def _read_numbering(self) -> None:
        name = self._part_for("numbering")
        root = self.package.xml(name) if name else None
        if root is None:
            return
        abstract: dict[str, dict[int, bool]] = {}
        for definition in root.iter(W + "abstractNum"):
            abstract[definition.get(W + "abstractNumId") or ""] = list_levels(definition)
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = dict(abstract.get(ref.get(W + "val") if ref is not None else "", {}))
            for override in num.iter(W + "lvlOverride"):
                levels.update(list_levels(override))
            self.numbering[num.get(W + "numId") or ""] = levels

    def _read_notes(self) -> None:
        for kind, tag, endnote in (("footnotes", "footnote", False), ("endnotes", "endnote", True)):
            name = self._part_for(kind)
            root = self.package.xml(name) if name else None
            if root is None:
                continue
            # A link in a note is one of the notes part's relationships, not the document's.
            main_rels, self.rels = self.rels, self.package.relationships(name or "")
            try:
                self._read_notes_in(root, tag, endnote)
            finally:
                self.rels = main_rels

    def _read_notes_in(self, root: etree._Element, tag: str, endnote: bool) -> None:
        for note in root.iter(W + tag):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            runs: list[Run] = []
            for para in note.iter(W + "p"):
                pieces = list(self._inline(para, frozenset(), None, [], in_note=True))
                if runs and pieces:
                    runs.append(Run("\n"))
                runs.extend(pieces)
            self.notes[(endnote, note.get(W + "id") or "")] = tidy(runs)

    def _footnotes(self) -> Iterator[Footnote]:
        for key, ref in self.note_refs.items():
            yield Footnote(ref, self.notes.get(key, ()), endnote=key[0])

    def _comments(self) -> Iterator[WordComment]:
        name = self._part_for("comments")
        root = self.package.xml(name) if name else None
        if root is None:
            return
        for comment in root.iter(W + "comment"):
            text = "\n".join(
                t
                for t in (
                    "".join(x.text or "" for x in p.iter(W + "t")).strip()
                    for p in comment.iter(W + "p")
                )
                if t
            )
            if text:
                yield WordComment(
                    author=(comment.get(W + "author") or "").strip(),
                    text=text,
                    when=when_of(comment.get(W + "date")),
                )

    def _properties(self) -> WordProperties:
        name = self.package.core_properties_part()
        root = self.package.xml(name) if name else None
        if root is None:
            return WordProperties()

        def value(tag: str) -> str:
            element = root.find(tag)
            return " ".join((element.text or "").split()) if element is not None else ""

        keywords = tuple(k.strip() for k in re.split(r"[,;]", value(CP + "keywords")) if k.strip())
        return WordProperties(
            title=value(DC + "title"),
            author=value(DC + "creator"),
            subject=value(DC + "subject"),
            keywords=keywords,
            category=value(CP + "category"),
            language=value(DC + "language"),
        )

    # Blocks

    def _blocks(self, parent: etree._Element) -> Iterator[Para | Table]:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                yield from self._paragraph(child)
            elif tag == W + "tbl":
                pictures: list[Image] = []
                table = self._table(child, pictures)
                if table.rows:
                    yield table
                if pictures:  # a cell holds text only: its pictures follow the table
                    yield Para((), "", None, pictures=pictures)
            elif tag == W + "sdt":
                content = sdt_content(child, self.styles)
                if content is not None:
                    yield from self._blocks(content)
            elif tag in BLOCK_WRAPPERS:
                yield from self._blocks(child)

    def _paragraph(self, p: etree._Element) -> Iterator[Para]:
        ppr = p.find(W + "pPr")
        style_id = self.default_style
        outline = numbering = None
        joins_next = False
        for child in ppr if ppr is not None else ():
            tag = child.tag
            if tag == W + "pStyle":
                style_id = child.get(W + "val") or style_id
            elif tag == W + "numPr":
                numbering = numbering_of(child)
            elif tag == W + "outlineLvl" and (level := decimal(child.get(W + "val"))) is not None:
                outline = level
            elif tag == W + "framePr":
                joins_next = joins_next or child.get(W + "dropCap") in ("drop", "margin")
            elif tag == W + "rPr" and is_on(child.find(W + "del")):
                if not has_text(p):
                    return  # a paragraph mark deleted with tracked changes on, and nothing in it
                joins_next = True
        style = self.paragraph_styles.get(style_id)
        if style is None:
            style = self.paragraph_styles[style_id] = self._paragraph_style(style_id)
        name, style_outline, style_numbering, kind = style
        if kind == "skip":
            return
        if outline is None:
            outline = style_outline
        if kind == "heading":
            numbering = None  # "1.2 Results": a numbered heading is still a heading, not a list
        elif numbering is None:
            numbering = style_numbering
        pictures: list[Image] = []
        extra: list[Para | Table] = []
        pieces = self._inline(p, frozenset(), None, pictures, extra=extra)
        runs = tidy(pieces, trim=not joins_next)  # the joined text is trimmed once joined
        para = Para(runs, name, outline, pictures=pictures, joins_next=joins_next)
        if numbering is not None and numbering[0] not in ("", "0"):
            levels = self.numbering.get(numbering[0])
            if levels is not None or "list" in name:
                para.list_level = numbering[1]
                para.ordered = (levels or {}).get(numbering[1], "number" in name)
        elif name.startswith(("list bullet", "list number")):
            para.list_level = 0
            para.ordered = name.startswith("list number")
        # Word's "List Bullet 2" is the second level, though its list has only a first one.
        if para.list_level == 0 and name.startswith(("list bullet", "list number")):
            para.list_level = max((decimal(name[-1]) or 1) - 1, 0)
        yield para
        yield from extra

    def _paragraph_style(self, style_id: str) -> ParagraphStyle:
        """What a paragraph style means for reading: its name, outline level and list, and
        whether it is a heading's or one of the generated text a story leaves out."""
        chain = list(self._chain(style_id))
        name = chain[0].name.lower() if chain else ""
        outline = next((s.outline for s in chain if s.outline is not None), None)
        numbering = next((s.numbering for s in chain if s.numbering is not None), None)
        kind = None
        if SKIPPED_STYLES.match(name):
            kind = "skip"
        elif HEADING_NAME.fullmatch(name) or name == "title":
            kind = "heading"
        return name, outline, numbering, kind

    def _table(self, tbl: etree._Element, pictures: list[Image]) -> Table:
        rows: list[tuple[Runs, ...]] = []
        header = False
        for i, tr in enumerate(table_rows(tbl)):
            trpr = tr.find(W + "trPr")
            if i == 0 and trpr is not None and is_on(trpr.find(W + "tblHeader")):
                header = True
            cells: list[Runs] = []
            for tc in row_cells(tr):
                runs: list[Run] = []
                for para in tc.iter(W + "p"):
                    pieces = list(self._inline(para, frozenset(), None, pictures))
                    if runs and pieces:
                        runs.append(Run("\n"))
                    runs.extend(pieces)
                cells.append(tidy(runs))
            if cells:
                rows.append(tuple(cells))
        return Table(tuple(rows), header)

    # Runs

    def _inline(
        self,
        parent: etree._Element,
        marks: frozenset[Mark],
        link: str | None,
        pictures: list[Image],
        *,
        extra: list[Para | Table] | None = None,
        in_note: bool = False,
    ) -> Iterator[Run]:
        field_link: str | None = None
        in_instruction = False
        instruction: list[str] = []
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                rpr = child.find(W + "rPr")
                run_marks = marks | self._run_marks(rpr) if rpr is not None else marks
                if rpr is not None and (is_on(rpr.find(W + "vanish")) or self._hidden(rpr)):
                    continue
                for piece in child:
                    ptag = piece.tag
                    if ptag == W + "fldChar":
                        kind = piece.get(W + "fldCharType")
                        if kind == "begin":
                            in_instruction, instruction = True, []
                        elif kind == "separate":
                            in_instruction = False
                            field_link = hyperlink_field("".join(instruction))
                        elif kind == "end":
                            in_instruction, field_link = False, None
                    elif ptag == W + "instrText":
                        instruction.append(piece.text or "")
                    elif in_instruction:
                        continue
                    else:
                        text = self._piece(piece, pictures, extra, in_note)
                        if text:
                            if (
                                ptag == W + "t"
                                and not text.isascii()
                                and SYMBOL_PRIVATE.search(text)
                            ):
                                text = symbol_text(text, rpr)
                            href = link or field_link
                            # A link is drawn underlined (Word's Hyperlink, LibreOffice's
                            # Internet Link): the line is the link's look, not the writer's mark.
                            yield Run(text, run_marks - _UNDERLINED if href else run_marks, href)
            elif tag == W + "hyperlink":
                target = self._hyperlink(child)
                yield from self._inline(
                    child, marks, target or link, pictures, extra=extra, in_note=in_note
                )
            elif tag in INLINE_WRAPPERS:
                yield from self._inline(child, marks, link, pictures, extra=extra, in_note=in_note)
            elif tag == W + "sdt":
                content = sdt_content(child, self.styles)
                if content is not None:
                    yield from self._inline(
                        content, marks, link, pictures, extra=extra, in_note=in_note
                    )
            elif tag == M + "oMath" or tag == M + "oMathPara":
                text = "".join(t.text or "" for t in child.iter(M + "t"))
                if text:
                    yield Run(text, marks, link)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    yield from self._inline(
                        choice, marks, link, pictures, extra=extra, in_note=in_note
                    )

    def _piece(
        self,
        piece: etree._Element,
        pictures: list[Image],
        extra: list[Para | Table] | None,
        in_note: bool,
    ) -> str:
        """The text one child of a run stands for ("" for most that are not text)."""
        tag = piece.tag
        if tag == W + "t":
            return piece.text or ""
        if tag == W + "tab" or tag == W + "ptab":
            return "\t"
        if tag == W + "br":
            return "" if piece.get(W + "type") in ("page", "column") else "\n"
        if tag == W + "cr":
            return "\n"
        if tag == W + "noBreakHyphen":
            return "\u2011"
        if tag == W + "sym":
            try:
                code = int(piece.get(W + "char") or "", 16)
            except ValueError:
                return ""
            if (piece.get(W + "font") or "").lower() == "symbol" and (
                code < 0x100 or 0xF000 <= code <= 0xF0FF
            ):
                return SYMBOL_FONT.get(code & 0xFF, "")
            char = chr(code) if 0 < code < 0x110000 else ""
            return char if char.isprintable() and not 0xE000 <= code <= 0xF8FF else ""
        if tag == W + "footnoteReference" or tag == W + "endnoteReference":
            return self._note_ref(piece, endnote=tag == W + "endnoteReference")
        if tag == W + "drawing" or tag == W + "pict" or tag == W + "object":
            if not in_note:
                self._drawing(piece, pictures, extra)
            elif next(piece.iter(A + "blip", V + "imagedata"), None) is not None:
                self.pictures_left_out += 1  # a note holds text only
            return ""
        if tag == MC + "AlternateContent":
            choice = piece.find(MC + "Choice")
            for inner in choice if choice is not None else ():
                self._piece(inner, pictures, extra, in_note)
        return ""

    def _run_marks(self, rpr: etree._Element) -> frozenset[Mark]:
        rstyle = rpr.find(W + "rStyle")
        if rstyle is None:
            return marks_of(rpr)
        # Direct formatting wins over the character style: <w:b w:val="0"/> unbolds Strong.
        off: set[Mark] = set()
        direct = marks_of(rpr, off)
        styled, _hidden = self._character_style(rstyle.get(W + "val") or "")
        return (styled - off) | direct

    def _hidden(self, rpr: etree._Element) -> bool:
        rstyle = rpr.find(W + "rStyle")
        return rstyle is not None and self._character_style(rstyle.get(W + "val") or "")[1]

    def _character_style(self, style_id: str) -> tuple[frozenset[Mark], bool]:
        """The marks a run's style gives (its own and those it is based on), and whether it
        hides the text; worked out once a style."""
        known = self.character_styles.get(style_id)
        if known is None:
            chain = list(self._chain(style_id))
            marks = frozenset().union(*(style.marks for style in chain))
            known = self.character_styles[style_id] = (marks, any(s.hidden for s in chain))
        return known

    def _hyperlink(self, element: etree._Element) -> str | None:
        rel = self.rels.get(element.get(R + "id") or "")
        if rel is not None and rel.external and rel.target:
            anchor = element.get(W + "anchor")
            return web_link(rel.target + (f"#{anchor}" if anchor else ""))
        return None  # a link inside the document (a bookmark) means nothing in a story

    def _note_ref(self, piece: etree._Element, *, endnote: bool) -> str:
        key = (endnote, piece.get(W + "id") or "")
        if key not in self.notes:
            return ""
        if key not in self.note_refs:
            self.note_counts[endnote] += 1
            count = self.note_counts[endnote]
            self.note_refs[key] = roman(count) if endnote else str(count)
        return "\x00" + self.note_refs[key]  # marked: tidy makes it a superscript run

    def _drawing(
        self, element: etree._Element, pictures: list[Image], extra: list[Para | Table] | None
    ) -> None:
        # A shape may group several text boxes and pictures; a box's own pictures and boxes
        # are read with its paragraphs.
        boxes = list(element.iter(W + "txbxContent"))
        inner = {
            e
            for box in boxes
            for e in box.iter(W + "txbxContent", A + "blip", V + "imagedata")
            if e is not box
        }
        for box in boxes:
            if extra is not None and box not in inner:
                extra.extend(self._blocks(box))
        doc_pr = next(element.iter(WP + "docPr"), None)
        alt = ""
        if doc_pr is not None:
            alt = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
        seen = set()
        for blip in element.iter(A + "blip", V + "imagedata"):
            if blip in inner:
                continue
            embed = blip.get(R + "embed") or blip.get(R + "id")
            if blip.get(R + "link") and not embed:
                self.linked_pictures += 1
                continue
            rel = self.rels.get(embed or "")
            if rel is None or rel.external:
                self.linked_pictures += rel is not None
                continue
            picture = self._picture(rel)
            if picture is not None and picture.name not in seen:
                seen.add(picture.name)
                pictures.append(Image(picture.name, (), alt or (blip.get(V + "title") or "")))

    def _picture(self, rel: Relationship) -> Picture | None:
        if rel.target in self.pictures:
            return self.pictures[rel.target]
        data = self.package.read(rel.target) if rel.target else None
        if not data:
            self.missing_pictures += 1
            return None
        extension = rel.target.rsplit(".", 1)[-1].lower()
        media_type = MEDIA_TYPES.get(extension, "application/octet-stream")
        name = f"image{len(self.pictures) + 1}.{extension if extension in MEDIA_TYPES else 'bin'}"
        picture = Picture(name, media_type, data)
        self.pictures[rel.target] = picture
        return picture
