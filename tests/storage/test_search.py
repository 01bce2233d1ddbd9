"""Full-text search, the same on SQLite (FTS5) and PostgreSQL (tsvector): what a person types
finds what they mean, in English and in Serbian in either script, best match first, with the
matched words marked, and nothing typed ever makes it fail."""

from __future__ import annotations

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from desk.domain.body import Body
from desk.domain.story import StoryFilter, StoryText
from desk.services import queries
from desk.services.stories import Changes, create_story, edit_story
from desk.storage import migrate, postgresql
from desk.storage.search import tsquery
from desk.storage.store import Store, open_store
from desk.storage.uow import UnitOfWork
from tests.conftest import Clock
from tests.databases import private_schema


def new(uow: UnitOfWork, headline: str, *paragraphs: str, standfirst: str = "") -> int:
    body = Body.from_paragraphs(list(paragraphs) or ["x"])
    story = StoryText(headline, standfirst=standfirst, byline="By Ana Ilić", body=body)
    return create_story(uow, "ana", story).id


@pytest.fixture
def room(staffed: UnitOfWork, clock: Clock) -> dict[str, int]:
    ids = {}
    ids["grain"] = new(staffed, "Grain talks resume", "Negotiators met in Moscow on Thursday.")
    clock.advance(minutes=1)
    ids["silos"] = new(staffed, "Council votes", "Councillors argued about grain silos.")
    clock.advance(minutes=1)
    ids["zima"] = new(staffed, "Zima u Prištini", "Prvi sneg pao je u četvrtak. Đorđe čisti ulice.")
    clock.advance(minutes=1)
    ids["izbori"] = new(staffed, "Избори у Београду", "Одборници су гласали до поноћи.")
    return ids


def found(uow: UnitOfWork, query: str) -> list[int]:
    return [hit.story.id for hit in queries.search_stories(uow, query)]


def test_english_words_and_their_beginnings(staffed: UnitOfWork, room: dict[str, int]) -> None:
    assert found(staffed, "moscow") == [room["grain"]]
    assert found(staffed, "negot") == [room["grain"]]  # three letters or more: a prefix
    assert found(staffed, "thursday negotiators") == [room["grain"]]  # every word, any order
    assert found(staffed, "moscow silos") == []
    assert found(staffed, "mo") == []  # two letters are a whole word, not a beginning
    assert found(staffed, "mo*") == [room["grain"]]  # unless a star asks


def test_serbian_latin_finds_cyrillic_and_back(staffed: UnitOfWork, room: dict[str, int]) -> None:
    assert found(staffed, "Beogradu") == [room["izbori"]]
    assert found(staffed, "odbornici glasali") == [room["izbori"]]
    assert found(staffed, "Приштини") == [room["zima"]]
    assert found(staffed, "снег") == [room["zima"]]


def test_diacritics_need_not_be_typed(
    staffed: UnitOfWork, room: dict[str, int], store: Store
) -> None:
    assert found(staffed, "Pristini") == [room["zima"]]
    assert found(staffed, "cetvrtak") == [room["zima"]]
    assert found(staffed, "Četvrtak") == [room["zima"]]
    assert found(staffed, "Đorđe") == found(staffed, "Ђорђе") == [room["zima"]]
    # đ is a letter of its own to Unicode, so FTS5 keeps it; unaccent reads it as d.
    dorde = [room["zima"]] if store.dialect == "postgresql" else []
    assert found(staffed, "Dorde") == dorde


def test_phrases_keep_their_words_together(staffed: UnitOfWork, room: dict[str, int]) -> None:
    assert found(staffed, '"grain talks"') == [room["grain"]]
    assert found(staffed, "„grain talks“") == [room["grain"]]  # Serbian quotation marks
    assert found(staffed, '"talks grain"') == []
    assert found(staffed, '"grain silos"') == [room["silos"]]
    assert found(staffed, '"pao je u cetvrtak"') == [room["zima"]]


def test_a_minus_leaves_stories_out(staffed: UnitOfWork, room: dict[str, int]) -> None:
    assert sorted(found(staffed, "grain")) == sorted([room["grain"], room["silos"]])
    assert found(staffed, "grain -silos") == [room["grain"]]
    assert found(staffed, 'grain -"grain silos"') == [room["grain"]]
    assert found(staffed, "-grain") == []  # nothing wanted, nothing found


def test_a_headline_match_ranks_above_a_body_match(
    staffed: UnitOfWork, room: dict[str, int], clock: Clock
) -> None:
    clock.advance(minutes=1)
    # The body says "grain" many times; the headline once still counts for more.
    often = new(staffed, "Harvest", " ".join(["The grain harvest."] * 12))
    clock.advance(minutes=1)
    standfirst = new(staffed, "Markets", "Prices rose.", standfirst="Grain prices rose.")
    hits = queries.search_stories(staffed, "grain")
    order = [h.story.id for h in hits]
    assert sorted(order) == sorted([room["grain"], room["silos"], often, standfirst])
    assert order[0] == room["grain"]
    assert order.index(standfirst) < order.index(room["silos"])  # said once, in each
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)  # best first, lowest rank


def test_passages_mark_the_words_found(staffed: UnitOfWork, room: dict[str, int]) -> None:
    [hit] = queries.search_stories(staffed, "pristini")
    assert hit.snippet == (("Zima u ", False), ("Prištini", True))  # only the headline matched
    [hit] = queries.search_stories(staffed, "cetvrtak")
    assert ("četvrtak", True) in hit.snippet
    assert "".join(t for t, _ in hit.snippet) == "Prvi sneg pao je u četvrtak. Đorđe čisti ulice."
    [hit] = queries.search_stories(staffed, "београд")
    assert hit.snippet == (("Избори у ", False), ("Београду", True))


def test_a_passage_from_a_long_body_says_where_it_was_cut(staffed: UnitOfWork) -> None:
    before = " ".join(f"filler{i}" for i in range(60))
    after = " ".join(f"padding{i}" for i in range(60))
    new(staffed, "Long read", f"{before} the grain deal was signed {after}")
    [hit] = queries.search_stories(staffed, "grain")
    shown = "".join(t for t, _ in hit.snippet)
    assert [t for t, matched in hit.snippet if matched] == ["grain"]
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown.split()) <= 20


def test_an_edit_is_found_at_once(staffed: UnitOfWork, room: dict[str, int]) -> None:
    body = Body.from_paragraphs(["Negotiators met in Kyiv on Friday."])
    edit_story(staffed, "ana", room["grain"], Changes(body=body))
    assert found(staffed, "kyiv") == [room["grain"]]
    assert found(staffed, "moscow") == []


def test_counting_agrees_with_the_pages(staffed: UnitOfWork, room: dict[str, int]) -> None:
    for query in ("grain", "grain -silos", "Beograd", "nothing-like-it", "-grain", ""):
        every = queries.search_stories(staffed, query, StoryFilter(limit=50))
        assert queries.count_found(staffed, query, StoryFilter(), 100) == len(every), query


def test_a_huge_story_is_saved_and_found(staffed: UnitOfWork) -> None:
    # A tsvector holds at most 1 MB; a story past that must still save (and be found).
    words = " ".join(f"ж{i}q{i * 7919}" for i in range(90_000))  # 1.5 MB of lexemes
    story = new(staffed, "Archive dump", f"Opening paragraph {words}")
    assert found(staffed, "opening paragraph") == [story]
    assert found(staffed, "archive") == [story]


# What people type, and what looks like the syntax of FTS5 or of a tsquery.
SYNTAX = [
    "a & b", "a | b", "!", "!!x", ":*", "x:*", "<->", "<2>", "a <-> b", '"', '""', "(", ")",
    "((", "NEAR", "NEAR(a b)", "AND", "OR", "NOT", "\\", "\\'", "'", "''", "*", "-", "--x",
    "^", "col:value", "a:b", "{a}", "[x]", "grain", "Беог*", "„", "“", "»", "\x00", "\t",
    "ʻ", "∗", "＆", "x²", "1.5", "e-mail@x.org", "http://x/y", "-0", "'; DROP TABLE stories",
]  # fmt: skip
typed = st.one_of(
    st.text(st.characters(exclude_characters="\x00"), max_size=40),
    st.lists(st.sampled_from(SYNTAX), max_size=8).map(" ".join),
    st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=5)), max_size=6).map("".join),
)


def test_nothing_typed_ever_fails(staffed: UnitOfWork, room: dict[str, int]) -> None:
    @settings(max_examples=150, deadline=None, database=None)
    @given(query=typed)
    def search(query: str) -> None:
        hits = queries.search_stories(staffed, query)
        assert {h.story.id for h in hits} <= set(room.values())
        assert queries.count_found(staffed, query, StoryFilter(), 100) == len(hits)

    search()


def test_a_tsquery_is_made_of_quoted_words_only() -> None:
    assert tsquery("grain -silos") == "('grain':* | 'граин':*) & !('silos':* | 'силос':*)"
    assert tsquery('"talks resume" mo') == (
        "('talks' <-> 'resume' | 'талкс' <-> 'ресуме') & ('mo' | 'мо')"
    )
    assert tsquery("a & b <-> !c:*") == "('a' | 'а') & ('b' | 'б') & ('c':* | 'ц':*)"
    assert tsquery("-grain") is None and tsquery("!&|") is None


def test_search_goes_away_and_comes_back_with_its_migration(
    store: Store, staffed: UnitOfWork, room: dict[str, int]
) -> None:
    """Down to 0007 and up again: on PostgreSQL the index is dropped and made anew from the
    stories already there; SQLite keeps its FTS5 index (0002) throughout."""
    with store.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0007")
        if store.dialect == "postgresql":
            columns = {c["name"] for c in inspect(connection).get_columns("stories")}
            assert postgresql.SEARCH_COLUMN not in columns
            configs = (
                "SELECT count(*) FROM pg_ts_config WHERE cfgname = 'desk_search' "
                "AND cfgnamespace = current_schema()::regnamespace"
            )
            assert connection.execute(text(configs)).scalar() == 0
    with store.engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "head")
    assert found(staffed, "Beograd") == [room["izbori"]]
    assert found(staffed, "pristini") == [room["zima"]]


def test_without_unaccent_a_server_still_searches(
    monkeypatch: pytest.MonkeyPatch, clock: Clock
) -> None:
    """A server without the unaccent extension (or a user who may not install it): plain
    'simple', so accents must be typed, and everything else works."""
    monkeypatch.setattr(postgresql, "unaccent_template", lambda _connection: None)
    with private_schema() as url:
        store = open_store(url)
        try:
            uow = UnitOfWork(store, clock)
            from desk.services import newsroom

            newsroom.start_newsroom(uow, "vesna")
            body = Body.from_paragraphs(["Sneg je pao u četvrtak."])
            zima = create_story(uow, "vesna", StoryText("Zima u Prištini", body=body)).id
            assert found(uow, "četvrtak") == [zima]
            assert found(uow, "четвртак") == [zima]
            assert found(uow, '"pao u"') == [zima]
            assert found(uow, "zima -sneg") == []
            assert found(uow, "cetvrtak") == []  # the one thing lost
        finally:
            store.close()
