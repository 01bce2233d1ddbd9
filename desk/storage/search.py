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


# PostgreSQL refuses a tsquery of about a megabyte: terms past this many characters (a query
# no person types) are left out rather than refused.
_TSQUERY_BUDGET = 100_000


def _lexeme(word: str, prefix: bool) -> str:
    # A quoted lexeme is only ever a word, whatever it contains; to_tsquery still runs it
    # through the configuration (lower case, accents folded). Quotes and backslashes cannot
    # be in a word (_TOKEN), but are escaped all the same.
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


def _ts_term(term: Term) -> str:
    variants = {term.words, tuple(other_script(w) for w in term.words)}
    phrases = []
    for words in sorted(variants):
        lexemes = [_lexeme(w, term.prefix) for w in words]
        phrases.append(" <-> ".join(lexemes))
    return "(" + " | ".join(phrases) + ")"


def tsquery(query: str) -> str | None:
    """The text of a PostgreSQL tsquery (for to_tsquery) for what was typed, meaning what
    fts_query means to FTS5; None when there is nothing to look for."""
    wanted: list[str] = []
    unwanted: list[str] = []
    size = 0
    for term in parse_query(query):
        text = _ts_term(term)
        size += len(text) + 4
        if size > _TSQUERY_BUDGET:
            break
        if term.exclude:
            unwanted.append("!" + text)
        else:
            wanted.append(text)
    if not wanted:
        return None
    return " & ".join(wanted + unwanted)


def split_snippet(snippet: str, start: str, end: str) -> tuple[tuple[str, bool], ...]:
    """ "a \x02b\x03 c" -> (("a ", False), ("b", True), (" c", False))."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"{re.escape(start)}|{re.escape(end)}", snippet)):
        if part:
            pieces.append((part, i % 2 == 1))
    return tuple(pieces)
