"""A merge's blocks and runs as rich text: formatting kept, the words one side lacks highlighted."""

from __future__ import annotations

from html import escape
from itertools import pairwise

from PySide6.QtCore import QCoreApplication

from desk.domain.body import (
    Block,
    Footnote,
    Image,
    ListItem,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
    plain,
)
from desk.domain.merge import BodyHunk, FieldHunk, Hunk, changed_spans
from desk.formats.html import MARK_TAGS, safe_href

_P = "margin-top:0; margin-bottom:8px"


def tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)  # the dialog's words


def _esc(text: str) -> str:
    return escape(text).replace("\n", "<br>").replace("\t", " │ ")


def _runs(block: Block) -> tuple[Run, ...]:
    match block:
        case Table():
            return plain(block.text)
        case Image(caption=caption):
            return caption
        case _:
            return block.runs


def inline_html(runs: tuple[Run, ...], spans: list[tuple[int, int]], colour: str) -> str:
    """Runs with their marks and links, the characters inside `spans` on a `colour` ground."""
    out, pos = [], 0
    for run in runs:
        start, end = pos, pos + len(run.text)
        cuts = {start, end} | {p for span in spans for p in span if start < p < end}
        for a, b in pairwise(sorted(cuts)):
            html = _esc(run.text[a - start : b - start])
            if any(x <= a and b <= y for x, y in spans):
                html = f'<span style="background-color:{colour}">{html}</span>'
            for mark in sorted(run.marks):
                if tag := MARK_TAGS.get(mark):
                    html = f"<{tag}>{html}</{tag}>"
            if run.link and (href := safe_href(run.link)):
                html = f'<a href="{escape(href)}">{html}</a>'
            out.append(html)
        pos = end
    return "".join(out)


def note_html(text: str, grey: str) -> str:
    """A remark about a side rather than its text, in `grey` italics."""
    return f'<p style="color:{grey}; font-style:italic">{_esc(text)}</p>'


def block_html(block: Block, spans: list[tuple[int, int]], colour: str, grey: str) -> str:
    """A block as a paragraph shaped like its kind, `spans` of its text on a `colour` ground."""
    html = inline_html(_runs(block), spans, colour)
    match block:
        case Subhead():
            return f'<p style="{_P}; font-size:large; font-weight:600">{html}</p>'
        case Quote():
            return f'<p style="{_P}; margin-left:16px; font-style:italic">{html}</p>'
        case ListItem(ordered=ordered, level=level):
            bullet = "#." if ordered else "•"
            return f'<p style="{_P}; margin-left:{12 + 16 * level}px">{bullet} {html}</p>'
        case Image(ref=ref):
            picture = _esc(tr("Picture {name}").format(name=ref))
            return f'<p style="{_P}"><i style="color:{grey}">[{picture}]</i> {html}</p>'
        case Footnote(ref=ref):
            return f'<p style="{_P}"><sup>{_esc(ref)}</sup> {html}</p>'
    return f'<p style="{_P}">{html}</p>'


def side_html(hunk: Hunk, current: bool, colour: str, grey: str) -> str:
    """One side of a hunk (the current text's or the copy's): its blocks whole, with their
    formatting, and the words the other side lacks on a `colour` ground; notes in `grey`."""
    if isinstance(hunk, FieldHunk):
        text = hunk.current if current else hunk.copy
        kind = Subhead if hunk.name == "headline" else Paragraph  # a headline shows large
        shown = [(kind(plain(text)), hunk.segments)] if text else []
        missing = tr("(empty)")
    else:
        blocks = ((p.current if current else p.copy, p.segments) for p in hunk.pairs)
        shown = [(block, segments) for block, segments in blocks if block is not None]
        missing = tr("Not in the current text") if current else tr("Not in the copy")
    parts = [
        block_html(block, changed_spans(segments, current=current), colour, grey)
        for block, segments in shown
    ]
    if isinstance(hunk, BodyHunk) and any(p.same_words for p in hunk.pairs):
        parts.append(note_html(tr("The same words, formatted differently."), grey))
    return "".join(parts) or note_html(missing, grey)
