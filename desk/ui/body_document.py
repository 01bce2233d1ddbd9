"""The story body in a QTextDocument: writing a Body in, reading it back, copy and paste."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from desk.domain.body import (
    Block,
    Body,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Runs,
    Subhead,
    Table,
    block_from_data,
    block_to_data,
    runs_text,
)
from desk.ui import body_pictures as pics

# Custom format properties: what the look alone cannot say.
OPAQUE = QTextFormat.Property.UserProperty + 1  # block: JSON of a block shown but not edited
QUOTE = QTextFormat.Property.UserProperty + 2  # block: a block quote (margins are only its look)
PADDING = QTextFormat.Property.UserProperty + 3  # cell block: a cell its row did not have
LINK_UNDERLINE = QTextFormat.Property.UserProperty + 4  # char: an underlined link's Underline mark
ALSO_SUBSCRIPT = QTextFormat.Property.UserProperty + 5  # char: superscript and subscript at once

# A subhead looks semi-bold, so a Bold mark inside one is the heavier weight.
HEADING_WEIGHT = 600
BOLD_WEIGHT = 700
_HEADING_SIZES = {2: 2, 3: 1, 4: 0}  # QTextFormat.FontSizeAdjustment per subhead level
LINE_SEPARATOR = pics.LINE_SEPARATOR  # a line break inside a QTextDocument block
# Characters QTextCursor.insertText turns into a new block: inside a run they are line breaks.
_BLOCK_BREAKS = str.maketrans(dict.fromkeys("\r\n\u2029\ufdd0\ufdd1", LINE_SEPARATOR))

PARAGRAPH, QUOTED, BULLETED, NUMBERED = "paragraph", "quote", "bulleted", "numbered"
SUBHEADS = {2: "subhead-2", 3: "subhead-3", 4: "subhead-4"}
OTHER = "other"  # a table cell or a placeholder: no block kind applies
_STYLE = QTextListFormat.Style
_BULLETS = (_STYLE.ListDisc, _STYLE.ListCircle, _STYLE.ListSquare)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BodyDocument", text)


# --- the look of runs ----------------------------------------------------------------------------


def char_format(marks: frozenset[Mark], link: str | None, heading: int = 0) -> QTextCharFormat:
    """How text with these marks looks, in a subhead of level `heading` (0: not a subhead)."""
    fmt = QTextCharFormat()
    if heading:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZES.get(heading, 0))
        fmt.setFontWeight(BOLD_WEIGHT if Mark.BOLD in marks else HEADING_WEIGHT)
    elif Mark.BOLD in marks:
        fmt.setFontWeight(BOLD_WEIGHT)
    if Mark.ITALIC in marks:
        fmt.setFontItalic(True)
    if Mark.STRIKE in marks:
        fmt.setFontStrikeOut(True)
    if Mark.SUPERSCRIPT in marks:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        if Mark.SUBSCRIPT in marks:
            fmt.setProperty(ALSO_SUBSCRIPT, True)
    elif Mark.SUBSCRIPT in marks:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
    if link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(link)
        fmt.setFontUnderline(True)
        fmt.setForeground(QGuiApplication.palette().color(QPalette.ColorRole.Link))
        if Mark.UNDERLINE in marks:
            fmt.setProperty(LINK_UNDERLINE, True)
    elif Mark.UNDERLINE in marks:
        fmt.setFontUnderline(True)
    return fmt


def marks_of(fmt: QTextCharFormat, heading: int = 0) -> tuple[frozenset[Mark], str | None]:
    """The marks and link a char format stands for (the inverse of char_format)."""
    link = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
    marks: set[Mark] = set()
    if fmt.fontWeight() >= (BOLD_WEIGHT if heading else HEADING_WEIGHT):
        marks.add(Mark.BOLD)
    if fmt.fontItalic():
        marks.add(Mark.ITALIC)
    if fmt.boolProperty(LINK_UNDERLINE) if link else fmt.fontUnderline():
        marks.add(Mark.UNDERLINE)
    if fmt.fontStrikeOut():
        marks.add(Mark.STRIKE)
    align, also = fmt.verticalAlignment(), fmt.boolProperty(ALSO_SUBSCRIPT)
    if align == QTextCharFormat.VerticalAlignment.AlignSuperScript:
        marks.add(Mark.SUPERSCRIPT)
    if align == QTextCharFormat.VerticalAlignment.AlignSubScript or also:
        marks.add(Mark.SUBSCRIPT)
    return frozenset(marks), link


def merged(pieces: Iterable[Run]) -> Runs:
    """Neighbouring pieces with the same marks and link as one run, as the model keeps them."""
    out: list[Run] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and (out[-1].marks, out[-1].link) == (piece.marks, piece.link):
            out[-1] = Run(out[-1].text + piece.text, piece.marks, piece.link)
        else:
            out.append(piece)
    return tuple(out)


# --- what a block is -----------------------------------------------------------------------------


def in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def heading_level(block: QTextBlock) -> int:
    """The subhead level a block is drawn at (0 for any other block)."""
    if block.textList() is not None or block.blockFormat().hasProperty(OPAQUE):
        return 0
    level = block.blockFormat().headingLevel()
    return min(max(level, 2), 4) if level > 0 else 0


def opaque_block(block: QTextBlock) -> Block | None:
    """The model block a placeholder stands for, if it is one the person has not typed over."""
    data = block.blockFormat().property(OPAQUE)
    if not isinstance(data, str):
        return None
    kept = block_from_data(json.loads(data))
    pictured = isinstance(kept, Image) and block.text() == pics.picture_text(kept)
    return kept if pictured or block.text() == placeholder_text(kept) else None


def block_kind(block: QTextBlock) -> str:
    """PARAGRAPH, a SUBHEADS value, QUOTED, BULLETED, NUMBERED, or OTHER (cells, placeholders)."""
    if block.blockFormat().hasProperty(OPAQUE) or in_table(block):
        return OTHER
    if (items := block.textList()) is not None:
        return NUMBERED if is_numbered(items) else BULLETED
    if level := heading_level(block):
        return SUBHEADS[level]
    return QUOTED if block.blockFormat().boolProperty(QUOTE) else PARAGRAPH


def is_numbered(items: QTextList) -> bool:
    """Whether a list counts its items (decimal, letters or roman) rather than bullets them."""
    return items.format().style().value <= _STYLE.ListDecimal.value


def list_level(block: QTextBlock) -> int:
    items = block.textList()
    return max(items.format().indent() - 1, 0) if items is not None else 0


def placeholder_text(block: Block) -> str:
    """What stands in the editor for a block it shows but does not edit."""
    match block:
        case Image():
            label = pics.image_label(block)
            return _tr("[Image: %1]").replace("%1", label) if label else _tr("[Image]")
        case Footnote(ref, runs, endnote):
            text = _tr("[Endnote %1: %2]") if endnote else _tr("[Footnote %1: %2]")
            return text.replace("%1", ref).replace("%2", " ".join(runs_text(runs).split()))
    return _tr("[Table]")


# --- writing -------------------------------------------------------------------------------------


def body_to_document(
    body: Body, document: QTextDocument, pictures: Mapping[str, QImage] | None = None
) -> None:
    """Replace the document's content with the body (clearing its undo history). An Image block
    whose picture is in `pictures` (by its ref, decoded) shows it; any other a placeholder."""
    document.clear()
    pics.keep(document, pictures or {})
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setBlockFormat(block_format())
    BlockWriter(cursor, fresh=True).write(body.blocks)
    cursor.endEditBlock()
    document.clearUndoRedoStacks()


def block_format(kind: str = PARAGRAPH, level: int = 0) -> QTextBlockFormat:
    """The look of a block of this kind: a little air below each, quotes set in from both sides."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(8)
    fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if kind in SUBHEADS.values():
        fmt.setHeadingLevel(level)
        fmt.setTopMargin(8)
    elif kind == QUOTED:
        fmt.setProperty(QUOTE, True)
        fmt.setLeftMargin(32)
        fmt.setRightMargin(32)
    return fmt


def list_format(ordered: bool, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDecimal if ordered else _BULLETS[level % 3])
    fmt.setIndent(level + 1)
    return fmt


class BlockWriter:
    """Writes model blocks at a cursor; owns the lists being filled, so that consecutive items of
    one kind and level share a list (and go on numbering after a deeper list)."""

    def __init__(self, cursor: QTextCursor, *, fresh: bool) -> None:
        self.cursor = cursor
        self.fresh = fresh  # the cursor stands in an empty block the first block may take
        self.lists: dict[int, QTextList] = {}

    def write(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            if isinstance(block, Table) and block.rows and all(block.rows):
                self._table(block)
            else:
                self._block(block)

    def _new_block(self, fmt: QTextBlockFormat, chars: QTextCharFormat) -> None:
        if self.fresh:
            self.fresh = False
            items = self.cursor.block().textList()
            if items is not None:
                items.remove(self.cursor.block())
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
            self.cursor.setCharFormat(chars)
        else:
            self.cursor.insertBlock(fmt, chars)

    def _block(self, block: Block) -> None:
        match block:
            case Paragraph(runs) | Quote(runs) | Subhead(runs) | ListItem(runs):
                level = block.level if isinstance(block, Subhead) else 0
                kind = QUOTED if isinstance(block, Quote) else SUBHEADS.get(level, PARAGRAPH)
                self._new_block(block_format(kind, level), char_format(frozenset(), None, level))
                if isinstance(block, ListItem):
                    self._list_item(block)
                else:
                    self.lists.clear()
                insert_runs(self.cursor, runs, level)
            case _:
                self.lists.clear()
                fmt = block_format()
                fmt.setProperty(OPAQUE, json.dumps(block_to_data(block), ensure_ascii=False))
                look = QTextCharFormat()
                look.setForeground(QGuiApplication.palette().placeholderText())
                self._new_block(fmt, look)
                if not (isinstance(block, Image) and pics.insert_picture(self.cursor, block, look)):
                    self.cursor.insertText(placeholder_text(block), look)

    def _list_item(self, item: ListItem) -> None:
        level = max(item.level, 0)
        for deeper in [lv for lv in self.lists if lv > level]:
            del self.lists[deeper]
        items = self.lists.get(level)
        if items is not None and is_numbered(items) == item.ordered:
            items.add(self.cursor.block())
        else:
            self.lists[level] = self.cursor.createList(list_format(item.ordered, level))

    def _table(self, table: Table) -> None:
        self.lists.clear()
        columns = max(len(row) for row in table.rows)
        self.fresh = False
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1 if table.header else 0)
        fmt.setBorder(1)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        grid = self.cursor.insertTable(len(table.rows), columns, fmt)
        for r, row in enumerate(table.rows):
            for c in range(columns):
                cell = grid.cellAt(r, c).firstCursorPosition()
                if c < len(row):
                    insert_runs(cell, row[c])
                else:
                    padding = QTextBlockFormat()
                    padding.setProperty(PADDING, True)
                    cell.setBlockFormat(padding)
        self.cursor.setPosition(grid.lastPosition() + 1)
        self.fresh = True  # the block Qt keeps after every table


def insert_runs(cursor: QTextCursor, runs: Runs, heading: int = 0) -> None:
    for run in runs:
        text = run.text.translate(_BLOCK_BREAKS)
        cursor.insertText(text, char_format(run.marks, run.link, heading))


# --- reading -------------------------------------------------------------------------------------


def document_to_body(document: QTextDocument) -> Body:
    """The body the document holds; blocks left without any text are dropped."""
    return Body(tuple(_read_blocks(document.begin())))


def _read_blocks(block: QTextBlock) -> Iterator[Block]:
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            yield _read_table(table)
            block = table.lastCursorPosition().block().next()
            continue
        if (kept := opaque_block(block)) is not None:
            yield kept
        elif (runs := block_runs(block)) and runs_text(runs).strip():
            yield _text_block(block, runs)
        block = block.next()


def _text_block(block: QTextBlock, runs: Runs) -> Block:
    kind = block_kind(block)
    if kind in (BULLETED, NUMBERED):
        return ListItem(runs, kind == NUMBERED, list_level(block))
    if kind == QUOTED:
        return Quote(runs)
    if level := heading_level(block):
        return Subhead(runs, level)
    return Paragraph(runs)


def block_runs(block: QTextBlock, start: int = 0, end: int | None = None) -> Runs:
    """The runs of a block (or of the part of it between document positions start and end)."""
    heading, pieces = heading_level(block), []
    end = block.position() + block.length() if end is None else end
    for start_at, text, fmt in fragments(block):
        lo, hi = max(start, start_at), min(end, start_at + len(text))
        if lo < hi and not fmt.isImageFormat():  # a picture is no text
            text = text[lo - start_at : hi - start_at].replace(LINE_SEPARATOR, "\n")
            pieces.append(Run(text, *marks_of(fmt, heading)))
    return merged(pieces)


def fragments(block: QTextBlock) -> list[tuple[int, str, QTextCharFormat]]:
    """Each stretch of the block in one format: where it starts, its text and its format."""
    pieces = (it.fragment() for it in block)
    return [(f.position(), f.text(), f.charFormat()) for f in pieces if f.isValid()]


def _read_table(table: QTextTable) -> Table:
    rows = []
    for r in range(table.rows()):
        cells: list[tuple[Runs, bool]] = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if cell.row() != r or cell.column() != c:
                continue  # the rest of a merged cell
            block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
            padding = block.blockFormat().boolProperty(PADDING)
            pieces = list(block_runs(block))
            while block != last:
                block = block.next()
                pieces += [Run("\n"), *block_runs(block)]  # paragraphs in a cell: line breaks
            cells.append((merged(pieces), padding))
        while cells and cells[-1][1] and not cells[-1][0]:
            cells.pop()
        rows.append(tuple(runs for runs, _ in cells))
    return Table(tuple(rows), table.format().headerRowCount() > 0)


# --- copy and paste ------------------------------------------------------------------------------


def selection_body(cursor: QTextCursor) -> Body:
    """What the cursor has selected, as a body (a stretch of one block is a paragraph of it)."""
    document, start, end = cursor.document(), cursor.selectionStart(), cursor.selectionEnd()
    first = document.findBlock(start)
    if first == document.findBlock(end) and not in_table(first):
        whole = start <= first.position() and end >= first.position() + len(first.text())
        if whole and (kept := opaque_block(first)) is not None:
            return Body((kept,))
        runs = block_runs(first, start, end)
        return Body((Paragraph(runs),) if runs else ())
    copy = QTextDocument()
    QTextCursor(copy).insertFragment(cursor.selection())
    blocks = list(document_to_body(copy).blocks)
    # The copy's first block took the copy's format, so read that one from the original.
    runs = block_runs(first, start)
    if blocks and block_kind(first) != OTHER and runs_text(runs).strip():
        blocks[0] = _text_block(first, runs)
    return Body(tuple(blocks))


def insert_body(cursor: QTextCursor, body: Body) -> None:
    """Put a body in at the cursor: a leading paragraph joins the text around the cursor, other
    blocks go in whole before the rest of its block (in a table cell, all as lines of the cell)."""
    blocks, block = list(body.blocks), cursor.block()
    if in_table(block):
        pieces: list[Run] = []
        for each in blocks:
            runs = each.caption if isinstance(each, Image) else getattr(each, "runs", None)
            pieces += [*([Run("\n")] if pieces else []), *(runs or (Run(each.text),))]
        return insert_runs(cursor, merged(pieces))
    if blocks and isinstance(blocks[0], Paragraph) and not block.blockFormat().hasProperty(OPAQUE):
        insert_runs(cursor, blocks.pop(0).runs, heading_level(block))
    if not blocks:
        return None
    if cursor.position() < block.position() + len(block.text()):
        cursor.insertBlock()  # the rest of the block stays as it was, after what is pasted
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return BlockWriter(cursor, fresh=not cursor.block().text()).write(blocks)
