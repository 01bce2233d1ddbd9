"""What only PostgreSQL runs: its side of the append-only history, and full-text search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Text, cast, func, literal, literal_column
from sqlalchemy.dialects.postgresql import REGCONFIG, TSVECTOR
from sqlalchemy.exc import DBAPIError

HISTORY_TRIGGERS = (
    """CREATE FUNCTION desk_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'history is append-only'; END $$""",
    """CREATE TRIGGER history_no_change BEFORE UPDATE OR DELETE ON history
       FOR EACH ROW EXECUTE FUNCTION desk_history_append_only()""",
    """CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history
       FOR EACH STATEMENT EXECUTE FUNCTION desk_history_append_only()""",
)
HISTORY_TRIGGERS_DROP = (
    "DROP TRIGGER IF EXISTS history_no_truncate ON history",
    "DROP TRIGGER IF EXISTS history_no_change ON history",
    "DROP FUNCTION IF EXISTS desk_history_append_only()",
)


# --- Full-text search -----------------------------------------------------------------------
# A tsvector per story, kept by the database itself (a stored generated column), read through
# a GIN index. Its text search configuration, desk_search, is 'simple' (no stemming: English
# and Serbian alike, in either script) with accents folded by the unaccent dictionary where
# the server has that extension: "Pristina" finds "Priština", as FTS5's remove_diacritics does.
# Folding inside the configuration, rather than by calling unaccent() (which is not IMMUTABLE),
# keeps the column's expression one that a generated column accepts. Migration 0008 runs the
# DDL below, frozen once released; the query side further down may change freely.

SEARCH_CONFIG = "desk_search"
SEARCH_COLUMN = "search_vector"  # not in the models: autogenerate must leave it and its index
SEARCH_INDEX = "ix_stories_search"

# Where the unaccent extension is, as the qualified name of its dictionary template.
UNACCENT_FIND = """SELECT quote_ident(n.nspname) || '.unaccent' FROM pg_extension e
    JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"""
# In `public` first: the extension is one per database, and a newsroom kept in a schema of
# its own must not take it along when that schema is dropped. Else beside the newsroom.
UNACCENT_INSTALL = (
    "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
)
SEARCH_CONFIG_DDL = ("CREATE TEXT SEARCH CONFIGURATION desk_search (COPY = pg_catalog.simple)",)
SEARCH_UNACCENT_DDL = (
    "CREATE TEXT SEARCH DICTIONARY desk_unaccent (TEMPLATE = {template}, RULES = 'unaccent')",
    """ALTER TEXT SEARCH CONFIGURATION desk_search ALTER MAPPING FOR asciiword, asciihword,
       hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
       WITH desk_unaccent, pg_catalog.simple""",
)


# Weights A-D, highest first, as sqlite.SEARCH_WEIGHTS ranks the columns: headline, then
# standfirst, then byline and slug (PostgreSQL has four weights for five columns), then body.
# Only the first characters of each are indexed: a tsvector holds at most 1 MB, and a story that
# could not be indexed could not be saved. 100,000 characters of body are some 15,000 words,
# many times the longest feature.
SEARCH_DDL = (
    """ALTER TABLE stories ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
       setweight(to_tsvector('desk_search'::regconfig, left(coalesce(headline, ''), 10000)), 'A')
    || setweight(to_tsvector('desk_search'::regconfig, left(coalesce(standfirst, ''), 10000)), 'B')
    || setweight(to_tsvector('desk_search'::regconfig, left(coalesce(byline, ''), 10000)), 'C')
    || setweight(to_tsvector('desk_search'::regconfig, left(coalesce(slug, ''), 10000)), 'C')
    || setweight(to_tsvector('desk_search'::regconfig, left(coalesce(body_text, ''), 100000)), 'D')
    ) STORED""",
    "CREATE INDEX ix_stories_search ON stories USING gin (search_vector)",
)
INDEXED_BODY = 100_000  # characters, as above
SEARCH_DROP = (
    "DROP INDEX IF EXISTS ix_stories_search",
    "ALTER TABLE stories DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS desk_search",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS desk_unaccent",
)
# ts_rank's weights for D, C, B, A: sqlite.SEARCH_WEIGHTS's ratios (body 1, byline 3, standfirst
# 4, headline 10) over ten, so a rank stays below one.
RANK_WEIGHTS = (0.1, 0.3, 0.4, 1.0)
RANK_NORMALIZATION = 1  # divided by 1 + log(length): a long story does not win by length alone
# A passage of about the length of FTS5's snippet (16 words).
PASSAGE = "MaxWords=16, MinWords=10, ShortWord=2"


def unaccent_template(connection: Connection) -> str | None:
    """The unaccent extension's dictionary template ("public.unaccent"), installed here if the
    server has the extension and this user may install it; None where neither is so (search
    then works without folding accents)."""
    for statement in UNACCENT_INSTALL:
        found = connection.exec_driver_sql(UNACCENT_FIND).scalar()
        if found is not None:
            return found
        try:
            with connection.begin_nested():  # a refusal must not undo the whole upgrade
                connection.exec_driver_sql(statement)
        except DBAPIError:
            continue  # not on this server, no right to install it, or another Desk just did
    return connection.exec_driver_sql(UNACCENT_FIND).scalar()


# The query side, as SQLAlchemy expressions (the stories table is `stories`, unaliased).


def search_vector() -> ColumnElement[Any]:
    return literal_column(f"stories.{SEARCH_COLUMN}", TSVECTOR)


def _config() -> ColumnElement[Any]:
    # Written into the SQL, so PostgreSQL reads the name once, when it parses the statement;
    # bound as a parameter, the name would be looked up again for every row.
    return literal_column(f"'{SEARCH_CONFIG}'::regconfig", REGCONFIG)


def search_query(tsquery: str) -> ColumnElement[Any]:
    """The tsquery of desk.storage.search.tsquery's text, bound as a parameter, never pasted
    into the SQL; to_tsquery runs its lexemes through desk_search as the index's were."""
    return func.to_tsquery(_config(), cast(literal(tsquery), Text))


def search_rank(query: ColumnElement[Any]) -> ColumnElement[float]:
    weights = literal_column("'{" + ",".join(str(w) for w in RANK_WEIGHTS) + "}'::real[]")
    return func.ts_rank(weights, search_vector(), query, RANK_NORMALIZATION)


def passage(
    text: ColumnElement[Any], query: ColumnElement[Any], start: str, end: str
) -> ColumnElement[str]:
    """The words of `text` around its best match, each matched word between `start` and `end`.
    ts_headline reads all it is given, so no more than was indexed: a match can be no later."""
    options = f"StartSel={start}, StopSel={end}, {PASSAGE}"
    shown = func.left(text, INDEXED_BODY)
    return func.ts_headline(_config(), shown, query, cast(literal(options), Text))
