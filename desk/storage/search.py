"""Full-text search: what a person types, turned into a query that can never be a syntax error."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk.domain.script import other_script

_QUOTES = re.compile(r"[\"“”„«»]")
_CHUNK = re.compile(r"(-?)[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]?|(\S+)")
_TOKEN = re.compile(r"[^\W_]+")
PREFIX_FROM = 3  # words this long match as prefixes too: "Beograd" finds "Beogradu"


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word, or a phrase of words that must stand together."""

    words: tuple[str, ...]
    exclude: bool = False
    prefix: bool = False


def parse_query(query: str) -> list[Term]:
    """Quoted text is a phrase; a leading minus excludes; a trailing * asks for a prefix.

    Everything else is plain words, whatever FTS syntax it resembles (AND, NEAR, column:).
    """
    terms = []
    for match in _CHUNK.finditer(query):
        minus, phrase, chunk = match.groups()
        if chunk is not None:
            exclude = chunk.startswith("-") and len(chunk) > 1
            words = tuple(_TOKEN.findall(chunk))
            prefix = chunk.endswith("*") or (len(words) == 1 and len(words[0]) >= PREFIX_FROM)
        else:
            exclude, words, prefix = bool(minus), tuple(_TOKEN.findall(phrase)), False
        if words:
            terms.append(Term(words, exclude, prefix and len(words) == 1))
    return terms


def _quoted(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words) + '"'


def _fts_term(term: Term) -> str:
    star = "*" if term.prefix else ""
    variants = {_quoted(term.words) + star}
    # Serbian is written in both scripts: "Beograd" also finds "Београд", and the reverse.
    variants.add(_quoted(tuple(other_script(w) for w in term.words)) + star)
    return "(" + " OR ".join(sorted(variants)) + ")"


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what was typed; None when there is nothing to look for."""
    terms = parse_query(query)
    wanted = [_fts_term(t) for t in terms if not t.exclude]
    unwanted = [_fts_term(t) for t in terms if t.exclude]
    if not wanted:
        return None
    expression = " AND ".join(wanted)
    if unwanted:
        expression = f"({expression}) NOT ({' OR '.join(unwanted)})"
    return expression


def split_snippet(snippet: str, start: str, end: str) -> tuple[tuple[str, bool], ...]:
    """ "a \x02b\x03 c" -> (("a ", False), ("b", True), (" c", False))."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"{re.escape(start)}|{re.escape(end)}", snippet)):
        if part:
            pieces.append((part, i % 2 == 1))
    return tuple(pieces)


def plain_snippet(text: str, terms: list[Term], width: int = 80) -> tuple[tuple[str, bool], ...]:
    """A snippet cut around the first match, for databases without a search index of their own."""
    lowered = text.lower()
    needles = [" ".join(t.words).lower() for t in terms if not t.exclude]
    needles += [other_script(n) for n in needles]
    hits = [(lowered.find(n), n) for n in needles if n and lowered.find(n) >= 0]
    if not hits:
        return ((text[:width] + ("…" if len(text) > width else ""), False),) if text else ()
    at, needle = min(hits)
    begin = max(0, at - width // 2)
    before = ("…" if begin else "") + text[begin:at]
    after_end = at + len(needle) + width // 2
    after = text[at + len(needle) : after_end] + ("…" if after_end < len(text) else "")
    pieces = ((before, False), (text[at : at + len(needle)], True), (after, False))
    return tuple(p for p in pieces if p[0])
