"""Merging a conflict copy with the current text: hunks, choices, and the merged text."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.body import Block, Body, Image, ListItem, Mark, Paragraph, Run, Subhead, plain
from desk.domain.diff import Op
from desk.domain.merge import BodyHunk, Choice, FieldHunk, Same, changed_spans, merge_texts
from desk.domain.story import TEXT_FIELDS, StoryText


def para(text: str) -> Paragraph:
    return Paragraph(plain(text))


def story(headline: str, *paragraphs: Block | str, byline: str = "By Ana Ilić") -> StoryText:
    blocks = tuple(para(p) if isinstance(p, str) else p for p in paragraphs)
    return StoryText(headline=headline, byline=byline, body=Body(blocks))


# --- Examples -----------------------------------------------------------------------------------


def test_an_english_copy_splits_into_a_field_and_two_body_hunks() -> None:
    current = story("Grain talks resume", "Talks resumed today.", "Both sides attended.", "Last.")
    copy = story(
        "Grain talks collapse",
        "Talks resumed today.",
        "Both sides walked out.",
        "Last.",
        "A late addition.",
    )
    merge = merge_texts(current, copy)
    assert [type(h) for h in merge.hunks] == [FieldHunk, BodyHunk, BodyHunk]
    headline, edited, added = merge.hunks
    assert (headline.name, headline.current, headline.copy) == (
        "headline",
        "Grain talks resume",
        "Grain talks collapse",
    )
    assert next(s for s in headline.segments if s.op is Op.INSERT).text == "collapse"
    assert edited.current == (para("Both sides attended."),)
    assert edited.copy == (para("Both sides walked out."),)
    assert (edited.start, added.start) == (1, 3)
    assert added.current == () and added.copy == (para("A late addition."),)
    assert added.choices == (Choice.CURRENT, Choice.COPY)  # "both" would be the copy again
    assert edited.choices == (Choice.CURRENT, Choice.COPY, Choice.BOTH)
    assert [type(p) for p in merge.body] == [Same, BodyHunk, Same, BodyHunk]

    merged = merge.apply([Choice.COPY, Choice.BOTH, Choice.CURRENT])
    assert merged.headline == "Grain talks collapse"
    assert merged.byline == "By Ana Ilić"
    assert merged.body.texts() and list(merged.body.texts()) == [
        "Talks resumed today.",
        "Both sides attended.",
        "Both sides walked out.",
        "Last.",
    ]


def test_a_cyrillic_copy_keeps_each_blocks_marks_links_and_pictures() -> None:
    bold = Paragraph((Run("Влада је "), Run("данас", frozenset({Mark.BOLD})), Run(" пала.")))
    linked = Paragraph((Run("Извор: "), Run("Танјуг", link="https://tanjug.rs")))
    picture = Image("slika-1.jpg", plain("Скупштина у Београду"), alt="Скупштина")
    current = story("Пад владе", "Београд, 27. новембар.", bold, picture, byline="Пише: Ана Илић")
    copy = story(
        "Пад владе у Београду",
        "Београд, 27. новембар.",
        Paragraph((Run("Влада је "), Run("јуче", frozenset({Mark.ITALIC})), Run(" пала."))),
        linked,
        picture,
        byline="Пише: Ана Илић",
    )
    merge = merge_texts(current, copy)
    assert [h.name for h in merge.fields] == ["headline"]
    (body_hunk,) = [h for h in merge.hunks if isinstance(h, BodyHunk)]
    assert body_hunk.current == (bold,)
    assert body_hunk.copy == (copy.body.blocks[1], linked)

    both = merge.apply([Choice.CURRENT, Choice.BOTH])
    assert both.headline == "Пад владе"
    assert both.body.blocks == (current.body.blocks[0], bold, copy.body.blocks[1], linked, picture)
    assert both.body.blocks[2].runs[1].marks == {Mark.ITALIC}
    assert both.body.blocks[3].runs[1].link == "https://tanjug.rs"


def test_the_same_words_with_other_formatting_are_a_difference() -> None:
    current = story("Izbori", "Rezultati", "Glasalo je 60 odsto.")
    copy = story("Izbori", Subhead(plain("Rezultati"), 2), "Glasalo je 60 odsto.")
    merge = merge_texts(current, copy)
    (hunk,) = merge.hunks
    assert isinstance(hunk, BodyHunk)
    assert hunk.pairs[0].same_words
    assert merge.apply([Choice.COPY]) == copy


def test_changed_spans_point_at_the_words_each_side_alone_has() -> None:
    merge = merge_texts(story("Преговори", "Обе стране су присуствовале."),
                        story("Преговори", "Обе стране су напустиле преговоре."))  # fmt: skip
    (hunk,) = merge.hunks
    assert isinstance(hunk, BodyHunk)
    (pair,) = hunk.pairs
    mine, theirs = hunk.current[0].text, hunk.copy[0].text
    spans = changed_spans(pair.segments, current=True)
    assert [mine[a:b] for a, b in spans] == ["присуствовале"]
    spans = changed_spans(pair.segments, current=False)
    assert [theirs[a:b] for a, b in spans] == ["напустиле преговоре"]


def test_a_copy_equal_to_the_current_text_has_nothing_to_merge() -> None:
    text = story("Москва", "Први пасус.", "Други пасус.")
    merge = merge_texts(text, replace(text))
    assert merge.is_empty and merge.hunks == ()
    assert merge.apply([]) == text


def test_choices_must_fit_the_hunks() -> None:
    merge = merge_texts(story("Old", "Kept."), story("New", "Kept.", "Added."))
    with pytest.raises(ValueError, match="2 differences"):
        merge.apply([Choice.COPY])
    with pytest.raises(ValueError, match="not a choice"):
        merge.apply([Choice.BOTH, Choice.COPY])  # a headline holds one text
    with pytest.raises(ValueError, match="not a choice"):
        merge.apply([Choice.COPY, Choice.BOTH])  # one-sided: nothing to keep "both" of


def test_apply_all_both_keeps_current_fields_and_doubles_edited_blocks() -> None:
    merge = merge_texts(story("Old", "One.", "Two."), story("New", "One!", "Two."))
    merged = merge.apply_all(Choice.BOTH)
    assert merged.headline == "Old"
    assert list(merged.body.texts()) == ["One.", "One!", "Two."]
    assert merge.apply_all(Choice.COPY).headline == "New"


# --- Properties ---------------------------------------------------------------------------------

WORDS = ["Talks", "resumed", "today", "Москва", "преговори", "Ilić", "žena", ".", ",", " "]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map("".join)
marks = st.frozensets(st.sampled_from([Mark.BOLD, Mark.ITALIC]), max_size=1)
runs = st.builds(Run, texts, marks)
blocks = st.one_of(
    st.builds(lambda r: Paragraph((r,)), runs),
    st.builds(lambda r: Subhead((r,), 2), runs),
    st.builds(lambda r: ListItem((r,), ordered=True), runs),
    st.builds(lambda t, ref: Image(ref, plain(t)), texts, st.sampled_from(["a.jpg", "b.png"])),
)
# A small shared pool makes the two sides overlap as a copy and its original do.
pools = st.lists(blocks, min_size=1, max_size=6)


@st.composite
def pairs_of_texts(draw: st.DrawFn) -> tuple[StoryText, StoryText]:
    pool = draw(pools)
    sides = []
    for _ in range(2):
        body = Body(tuple(draw(st.lists(st.sampled_from(pool), max_size=10))))
        headline = draw(st.sampled_from(["Grain talks", "Преговори о житу"]))
        standfirst = draw(texts)
        sides.append(StoryText(headline, standfirst, "By Ana", "", body))
    return sides[0], sides[1]


@given(pairs_of_texts())
def test_keeping_current_everywhere_gives_the_current_text(pair: tuple[StoryText, StoryText]):
    current, copy = pair
    merge = merge_texts(current, copy)
    assert merge.apply([Choice.CURRENT] * len(merge.hunks)) == current


@given(pairs_of_texts())
def test_using_the_copy_everywhere_gives_the_copy(pair: tuple[StoryText, StoryText]) -> None:
    current, copy = pair
    merge = merge_texts(current, copy)
    assert merge.apply([Choice.COPY] * len(merge.hunks)) == copy
    assert merge.is_empty == (current == copy)


def is_subsequence(part: list[Block], whole: list[Block]) -> bool:
    rest = iter(whole)
    return all(any(block == other for other in rest) for block in part)


@given(pairs_of_texts(), st.data())
def test_any_mix_keeps_every_unchanged_block_once_and_in_order(
    pair: tuple[StoryText, StoryText], data: st.DataObject
) -> None:
    current, copy = pair
    merge = merge_texts(current, copy)
    choices = [data.draw(st.sampled_from(h.choices)) for h in merge.hunks]
    merged = merge.apply(choices)

    shared = [b for piece in merge.body if isinstance(piece, Same) for b in piece.blocks]
    merged_blocks = list(merged.body.blocks)
    assert is_subsequence(shared, merged_blocks)
    assert is_subsequence(shared, list(current.body.blocks))
    assert is_subsequence(shared, list(copy.body.blocks))
    # Once: beside the shared blocks, the merge holds exactly what the choices took.
    chosen = zip(merge.hunks, choices, strict=True)
    taken = sum(len(h.take(c)) for h, c in chosen if isinstance(h, BodyHunk))
    assert len(merged_blocks) == len(shared) + taken
    # Whole blocks from one side or the other, never stitched.
    sides = set(current.body.blocks) | set(copy.body.blocks)
    assert all(block in sides for block in merged_blocks)
    for name in TEXT_FIELDS:
        assert getattr(merged, name) in (getattr(current, name), getattr(copy, name))


@given(pairs_of_texts())
def test_shared_runs_and_hunks_alternate_and_are_never_empty(
    pair: tuple[StoryText, StoryText],
) -> None:
    merge = merge_texts(*pair)
    kinds = [type(p) for p in merge.body]
    assert all(a is not b for a, b in itertools.pairwise(kinds))
    for piece in merge.body:
        if isinstance(piece, Same):
            assert piece.blocks
        else:
            assert piece.current != piece.copy
