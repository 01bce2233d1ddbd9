"""Cleaning what people type before it is stored: one form of each letter, no hidden controls."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from desk.domain.body import Body, Image, Run, Table
from desk.errors import Invalid

# C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides that can make
# text read differently from how it is stored.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LIMITS = {
    "slug": 60,
    "headline": 400,
    "standfirst": 2_000,
    "byline": 400,
    "dateline": 200,
    "tag": 60,
    "note": 20_000,
}
MAX_BODY_CHARACTERS = 2_000_000


def clean_text(value: str) -> str:
    """NFC (so "ć" is one letter however it was typed) and no hidden control characters."""
    return _HIDDEN.sub("", unicodedata.normalize("NFC", value))


def clean_line(value: str, name: str) -> str:
    """A one-line field: cleaned, inner runs of whitespace made one space, within its limit."""
    line = " ".join(clean_text(value).split())
    limit = LIMITS.get(name)
    if limit and len(line) > limit:
        raise Invalid(f"The {name} is too long ({len(line)} characters; at most {limit}).")
    return line


def clean_note(value: str) -> str:
    note = clean_text(value).strip()
    if len(note) > LIMITS["note"]:
        raise Invalid(f"The note is too long ({len(note)} characters; at most {LIMITS['note']}).")
    return note


def _runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    cleaned = (replace(r, text=clean_text(r.text)) for r in runs)
    return tuple(r for r in cleaned if r.text)


def clean_body(body: Body) -> Body:
    blocks = []
    for block in body.blocks:
        match block:
            case Table(rows):
                blocks.append(replace(block, rows=tuple(tuple(_runs(c) for c in r) for r in rows)))
            case Image(caption=caption):
                blocks.append(replace(block, caption=_runs(caption)))
            case _:
                blocks.append(replace(block, runs=_runs(block.runs)))
    cleaned = Body(tuple(blocks))
    if len(cleaned.text) > MAX_BODY_CHARACTERS:
        raise Invalid(f"The body is too long (more than {MAX_BODY_CHARACTERS:,} characters).")
    return cleaned
