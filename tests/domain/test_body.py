"""The body model: its data form, its text, and the counts an editor reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.body import (
    Body,
    Fit,
    Footnote,
    Image,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    Run,
    Subhead,
    Table,
    copyfit,
    count_words,
    counts,
)

runs = st.lists(
    st.builds(
        Run,
        text=st.text(min_size=1, max_size=20),
        marks=st.frozensets(st.sampled_from(list(Mark))),
        link=st.none() | st.just("https://example.org/a?b=1"),
    ),
    max_size=4,
).map(tuple)
blocks = st.one_of(
    st.builds(Paragraph, runs),
    st.builds(Subhead, runs, st.integers(2, 4)),
    st.builds(Quote, runs),
    st.builds(ListItem, runs, st.booleans(), st.integers(0, 3)),
    st.builds(
        Table, st.lists(st.lists(runs, max_size=3).map(tuple), max_size=3).map(tuple), st.booleans()
    ),
    st.builds(Image, st.text(min_size=1, max_size=10), runs, st.text(max_size=10)),
    st.builds(Footnote, st.text(min_size=1, max_size=3), runs, st.booleans()),
)


@given(st.lists(blocks, max_size=8))
def test_every_body_survives_its_data_form(items: list) -> None:
    body = Body(tuple(items))
    assert Body.from_data(body.to_data()) == body


def test_text_joins_blocks_with_a_blank_line() -> None:
    body = Body(
        (
            Paragraph((Run("Talks "), Run("resumed", frozenset({Mark.BOLD})), Run("."))),
            Subhead((Run("Reactions"),)),
            Table((((Run("a"),), (Run("b"),)),)),
        )
    )
    assert body.text == "Talks resumed.\n\nReactions\n\na\tb"
    assert not body.is_empty() and Body((Paragraph((Run("  "),)),)).is_empty()


def test_a_subhead_is_level_two_to_four() -> None:
    with pytest.raises(ValueError, match="level is 2, 3 or 4"):
        Subhead((), 5)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Talks resumed on Monday.", 4),
        ("Don't stop — it's Ilić-Marić's turn.", 5),
        ("Пише: Ана Илић, дописник из Москве", 6),
        ("Piše: Ana Ilić, dopisnik iz Moskve", 6),
        ("38,000 visitors; 2.5 million", 4),
        ("   ", 0),
        ("— – -", 0),
    ],
)
def test_word_counts(text: str, words: int) -> None:
    assert count_words(text) == words


def test_counts_and_reading_time() -> None:
    c = counts("one two  three")
    assert (c.words, c.characters, c.characters_no_spaces) == (3, 14, 11)
    assert c.reading_minutes == 1
    assert counts(" ".join(["word"] * 461)).reading_minutes == 3
    assert counts("").reading_minutes == 0


@pytest.mark.parametrize(
    ("words", "target", "fit", "described"),
    [
        (500, None, Fit.NO_TARGET, "500 words"),
        (500, 500, Fit.FITS, "500 of 500 words: fits"),
        (450, 500, Fit.FITS, "450 of 500 words: fits"),
        (449, 500, Fit.SHORT, "449 of 500 words: 51 under"),
        (551, 500, Fit.LONG, "551 of 500 words: 51 over"),
    ],
)
def test_copyfit(words: int, target: int | None, fit: Fit, described: str) -> None:
    result = copyfit(words, target)
    assert (result.fit, result.describe()) == (fit, described)
