"""HTML out: a story as a web page (reading HTML is in html_reader)."""

from __future__ import annotations

import re
from html import escape
from itertools import groupby

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
    Subhead,
    Table,
)
from desk.domain.story import StoryText

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# The classes render_html gives the story's own fields; parse_html leaves them out of the body.
STORY_FIELDS = ("headline", "standfirst", "byline", "dateline")

# Invisible characters that can hide or reorder text: ASCII controls and bidi overrides.
UNWANTED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufeff]")
WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
MARK_TAGS = {Mark.BOLD: "strong", Mark.ITALIC: "em", Mark.UNDERLINE: "u", Mark.STRIKE: "s"}
MARK_TAGS |= {Mark.SUPERSCRIPT: "sup", Mark.SUBSCRIPT: "sub"}
_STYLE = """
body { margin: 0 auto; max-width: 40em; padding: 2em 1em; font: 18px/1.6 Georgia, serif; }
h1 { font-size: 2em; line-height: 1.2; } h2, h3, h4 { line-height: 1.3; margin-top: 1.5em; }
.standfirst { font-size: 1.2em; color: #444; } .dateline { font-weight: bold; }
.byline, figcaption { font: .9em/1.4 system-ui, sans-serif; color: #555; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #ccc; font-style: italic; }
img { max-width: 100%; height: auto; } table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
.footnotes { margin-top: 2em; border-top: 1px solid #ccc; font-size: .9em; }
.footnotes li[data-ref]::marker { content: attr(data-ref) ". "; }
"""


_PAGE = """<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<article>
{header}{body}
</article>
</body>
</html>
"""


def safe_href(href: str | None) -> str | None:
    """The address if following it cannot run code: http(s), mailto, relative or a fragment."""
    href = UNWANTED.sub("", href or "").strip()
    # Browsers skip tabs, newlines and spaces inside a scheme ("java\tscript:"), so must we.
    match = _SCHEME.match(re.sub(r"[\s\x00-\x20]", "", href))
    if match and match.group(1).lower() not in SAFE_SCHEMES:
        return None
    return href or None


# --- writing -----------------------------------------------------------------------------------


def render_html(text: StoryText, *, language: str = "en", title: str | None = None) -> str:
    """A complete HTML5 page for the story; `parse_html_story` reads it back."""
    header = "".join(
        f'<{tag} class="{name}">{_esc(one_line(getattr(text, name)))}</{tag}>\n'
        for tag, name in (("h1", "headline"), ("p", "standfirst"), ("p", "byline"))
        if one_line(getattr(text, name))
    )
    return _PAGE.format(
        language=escape(language),
        title=_esc(one_line(title or text.headline) or "Untitled"),
        style=_STYLE,
        header=f"<header>\n{header}</header>\n" if header else "",
        body=render_body_html(text.body, dateline=text.dateline),
    )


def render_body_html(body: Body, *, dateline: str = "") -> str:
    """The body as an HTML fragment, one block a line, footnotes gathered in a closing section."""
    lines: list[str] = []
    items: list[ListItem] = []
    notes: list[Footnote] = []
    opener = (
        f'<span class="dateline">{_esc(one_line(dateline))}</span>' if one_line(dateline) else ""
    )
    if opener and not any(isinstance(b, Paragraph) for b in body.blocks):
        lines.append(f"<p>{opener}</p>")
        opener = ""
    for block in body.blocks:
        if isinstance(block, ListItem):
            items.append(block)
            continue
        if items:
            lines.extend(_render_list(items))
            items = []
        if isinstance(block, Footnote):
            notes.append(block)
        elif isinstance(block, Paragraph) and opener:
            content = _render_runs(block.runs)
            lines.append(f"<p>{opener}{' ' if content else ''}{content}</p>")
            opener = ""
        else:
            lines.extend(_render_block(block))
    if items:
        lines.extend(_render_list(items))
    if notes:
        lines.extend(['<section class="footnotes">', "<ol>"])
        lines.extend(_render_note(note) for note in notes)
        lines.extend(["</ol>", "</section>"])
    return "\n".join(lines)


def _render_block(block: Block) -> list[str]:
    match block:
        case Paragraph(runs) if block.text.strip():
            return [f"<p>{_render_runs(runs)}</p>"]
        case Subhead(runs, level) if block.text.strip():
            return [f"<h{level}>{_render_runs(runs)}</h{level}>"]
        case Quote(runs) if block.text.strip():
            return [f"<blockquote><p>{_render_runs(runs)}</p></blockquote>"]
        case Table(rows, header) if rows:
            cell = "th" if header else "td"
            out = ["<table>"]
            if header:
                out += ["<thead>", _render_row(rows[0], cell), "</thead>"]
                rows = rows[1:]
            if rows:
                out += ["<tbody>", *(_render_row(row, "td") for row in rows), "</tbody>"]
            return [*out, "</table>"]
        case Image(ref, caption, alt):
            src = safe_href(ref)
            img = f'<img src="{escape(src)}" alt="{escape(alt)}">' if src else ""
            cap = f"<figcaption>{_render_runs(caption)}</figcaption>" if caption else ""
            return [f"<figure>{img}{cap}</figure>"] if img or cap else []
    return []


def _render_row(cells: tuple[tuple[Run, ...], ...], tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{_render_runs(c)}</{tag}>" for c in cells) + "</tr>"


def _render_note(note: Footnote) -> str:
    anchor = f' id="fn-{note.ref}"' if re.fullmatch(r"[\w.-]+", note.ref) else ""
    number = f' value="{int(note.ref)}"' if note.ref.isdecimal() else ""
    kind = ' class="endnote"' if note.endnote else ""
    ref = escape(note.ref)
    return f'<li{anchor}{number} data-ref="{ref}"{kind}>{_render_runs(note.runs)}</li>'


def _render_list(items: list[ListItem]) -> list[str]:
    """Consecutive list items as nested lists; a new kind of list at a level starts a new list."""
    out: list[str] = []
    open_lists: list[bool] = []  # the ordered flag of each open list, each with an open <li>
    for item in items:
        level = max(item.level, 0)
        # Close deeper lists, and the list at this level if it is of the other kind.
        while len(open_lists) > level + 1 or open_lists[level:] == [not item.ordered]:
            out += ["</li>", "</ol>" if open_lists.pop() else "</ul>"]
        if len(open_lists) == level + 1:
            out.append("</li>")
        while len(open_lists) < level + 1:
            out.append("<ol>" if item.ordered else "<ul>")
            open_lists.append(item.ordered)
            if len(open_lists) < level + 1:
                out.append("<li>")  # an empty item holds a list that skips a level
        out.append("<li>" + _render_runs(item.runs))
    while open_lists:
        out += ["</li>", "</ol>" if open_lists.pop() else "</ul>"]
    lines: list[str] = []
    for token in out:  # an item without a nested list closes on its own line
        if token == "</li>" and lines and lines[-1].startswith("<li>"):
            lines[-1] += token
        else:
            lines.append(token)
    return lines


def _render_runs(runs: tuple[Run, ...]) -> str:
    out: list[str] = []
    for link, group in groupby(runs, key=lambda run: safe_href(run.link)):
        inner = "".join(_render_run(run) for run in group)
        out.append(f'<a href="{escape(link)}">{inner}</a>' if link and inner else inner)
    return "".join(out)


def _render_run(run: Run) -> str:
    html = "<br>".join(_esc(line) for line in run.text.split("\n"))
    for mark, tag in reversed(MARK_TAGS.items()):
        if mark in run.marks and html:
            html = f"<{tag}>{html}</{tag}>"
    return html


def _esc(text: str) -> str:
    return escape(UNWANTED.sub("", text), quote=False)


def one_line(text: str) -> str:
    """One line, with whitespace collapsed as a browser would (no-break spaces stay)."""
    return WHITESPACE.sub(" ", text).strip(" ")
