"""Tests for word-level revision diffs."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain import diff as diff_module
from desk.domain.body import Body, Image, Paragraph, Subhead, count_words, plain
from desk.domain.diff import (
    BlockDiff,
    Diff,
    FieldDiff,
    Op,
    Segment,
    diff_bodies,
    diff_revisions,
    diff_text,
)

EQ, INS, DEL = Op.EQUAL, Op.INSERT, Op.DELETE
Fields = dict[str, str]


def segs(*pairs: tuple[Op, str]) -> tuple[Segment, ...]:
    return tuple(Segment(op, text) for op, text in pairs)


def body(*paragraphs: str) -> Body:
    return Body.from_paragraphs(paragraphs)


def revisions(
    old: Body, new: Body, old_fields: Fields | None = None, new_fields: Fields | None = None
) -> Diff:
    return diff_revisions(old_fields or {}, old, new_fields or {}, new)


def test_replaced_words_keep_the_spaces_around_them_unchanged() -> None:
    assert diff_text("The talks resumed on Monday.", "The talks collapsed on Tuesday.") == segs(
        (EQ, "The talks "),
        (DEL, "resumed"),
        (INS, "collapsed"),
        (EQ, " on "),
        (DEL, "Monday"),
        (INS, "Tuesday"),
        (EQ, "."),
    )


def test_punctuation_is_its_own_token() -> None:
    assert diff_text("He flew to Moscow.", "He flew to Moscow, then") == segs(
        (EQ, "He flew to Moscow"),
        (DEL, "."),
        (INS, ", then"),
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("Talks resumed", "Talks resumed today", segs((EQ, "Talks resumed"), (INS, " today"))),
        ("talks resumed", "Peace talks resumed", segs((INS, "Peace "), (EQ, "talks resumed"))),
        ("the long wait", "the wait", segs((EQ, "the "), (DEL, "long "), (EQ, "wait"))),
        ("a b c", "x y z", segs((DEL, "a b c"), (INS, "x y z"))),
        ("Ilić said", "Ilić-Marić said", segs((DEL, "Ilić"), (INS, "Ilić-Marić"), (EQ, " said"))),
        # A decomposed "ć" (c + U+0301), as some Mac software writes it, changes with its word.
        ("Ilic said", "Ilic\u0301 said", segs((DEL, "Ilic"), (INS, "Ilic\u0301"), (EQ, " said"))),
        ("two  spaces", "two spaces", segs((EQ, "two"), (DEL, " "), (EQ, " spaces"))),
        ("line\nbreak", "line break", segs((EQ, "line"), (DEL, "\n"), (INS, " "), (EQ, "break"))),
        ("  Talks ", "Talks", segs((DEL, "  "), (EQ, "Talks"), (DEL, " "))),
    ],
    ids=[
        "append", "prepend", "remove", "rewrite", "hyphenated", "combining", "spaces", "break",
        "edges",
    ],
)  # fmt: skip
def test_diff_text(old: str, new: str, expected: tuple[Segment, ...]) -> None:
    assert diff_text(old, new) == expected


def test_cyrillic_words_are_diffed_as_words() -> None:
    old = "Преговори су настављени у понедељак."
    new = "Преговори су прекинути у уторак."
    assert diff_text(old, new) == segs(
        (EQ, "Преговори су "),
        (DEL, "настављени"),
        (INS, "прекинути"),
        (EQ, " у "),
        (DEL, "понедељак"),
        (INS, "уторак"),
        (EQ, "."),
    )


def test_same_text_is_one_equal_segment_and_empty_text_none() -> None:
    assert diff_text("Сви су ту.", "Сви су ту.") == segs((EQ, "Сви су ту."))
    assert diff_text("", "") == ()
    assert diff_text("", "New") == segs((INS, "New"))
    assert diff_text("Old", "") == segs((DEL, "Old"))


def test_an_edited_paragraph_is_paired_and_diffed() -> None:
    old = body("First.", "The talks resumed on Monday.", "Last.")
    new = body("First.", "The talks collapsed on Monday.", "Last.")
    assert diff_bodies(old, new) == (
        BlockDiff(0, 0, segs((EQ, "First."))),
        BlockDiff(
            1,
            1,
            segs((EQ, "The talks "), (DEL, "resumed"), (INS, "collapsed"), (EQ, " on Monday.")),
        ),
        BlockDiff(2, 2, segs((EQ, "Last."))),
    )


def test_an_added_paragraph_is_one_insertion() -> None:
    blocks = diff_bodies(body("One.", "Three."), body("One.", "Two new words.", "Three."))
    assert [(b.old_index, b.new_index, b.changed) for b in blocks] == [
        (0, 0, False),
        (None, 1, True),
        (1, 2, False),
    ]
    assert blocks[1].segments == segs((INS, "Two new words."))
    assert (blocks[1].old_text(), blocks[1].new_text()) == ("", "Two new words.")


def test_a_removed_paragraph_is_one_deletion() -> None:
    blocks = diff_bodies(body("One.", "Two.", "Three."), body("One.", "Three."))
    assert blocks[1] == BlockDiff(1, None, segs((DEL, "Two.")))
    assert [b.changed for b in blocks] == [False, True, False]


def test_a_moved_paragraph_is_removed_where_it_was_and_added_where_it_went() -> None:
    old = body("Alpha one.", "Bravo two.", "Charlie three.", "Delta four.")
    new = body("Bravo two.", "Charlie three.", "Delta four.", "Alpha one.")
    blocks = diff_bodies(old, new)
    assert [(b.old_index, b.new_index) for b in blocks] == [
        (0, None),
        (1, 0),
        (2, 1),
        (3, 2),
        (None, 3),
    ]
    result = revisions(old, new)
    assert (result.words_added, result.words_removed, result.paragraphs_changed) == (2, 2, 2)


def test_a_split_paragraph_pairs_the_first_half_and_adds_the_second() -> None:
    old = body("The minister resigned on Friday. Parliament meets next week.")
    new = body("The minister resigned on Friday.", "Parliament meets next week.")
    assert diff_bodies(old, new) == (
        BlockDiff(
            0,
            0,
            segs((EQ, "The minister resigned on Friday."), (DEL, " Parliament meets next week.")),
        ),
        BlockDiff(None, 1, segs((INS, "Parliament meets next week."))),
    )


def test_an_unrelated_replacement_is_not_paired() -> None:
    blocks = diff_bodies(
        body("Rain is expected in the north."), body("Markets closed higher today.")
    )
    assert blocks == (
        BlockDiff(0, None, segs((DEL, "Rain is expected in the north."))),
        BlockDiff(None, 0, segs((INS, "Markets closed higher today."))),
    )


@pytest.mark.parametrize(
    ("new", "paired"),
    [
        ("a b c d e f x y z w", True),  # 6 of 10 tokens kept: ratio 0.6
        ("a b c d e v x y z w", False),  # 5 of 10: ratio 0.5 is not above the threshold
        ("a b c d u v x y z w", False),  # 4 of 10: ratio 0.4
    ],
)
def test_pairing_needs_a_ratio_above_one_half(new: str, paired: bool) -> None:
    blocks = diff_bodies(body("a b c d e f g h i j"), body(new))
    assert (len(blocks) == 1) is paired
    if paired:
        assert blocks[0].segments == segs((EQ, "a b c d e f "), (DEL, "g h i j"), (INS, "x y z w"))


def test_pairs_in_a_replaced_range_keep_reading_order() -> None:
    old = body("Dropped entirely here.", "The vote was on Monday.", "Turnout was 40 percent.")
    new = body("The vote was on Tuesday.", "A new line.", "Turnout was 42 percent.")
    blocks = diff_bodies(old, new)
    assert [(b.old_index, b.new_index) for b in blocks] == [
        (0, None),
        (1, 0),
        (None, 1),
        (2, 2),
    ]
    assert blocks[3].segments == segs(
        (EQ, "Turnout was "), (DEL, "40"), (INS, "42"), (EQ, " percent.")
    )


def test_a_huge_replaced_range_skips_pairing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diff_module, "MAX_PAIRINGS", 0)
    blocks = diff_bodies(body("The vote was on Monday."), body("The vote was on Tuesday."))
    assert [(b.old_index, b.new_index) for b in blocks] == [(0, None), (None, 0)]


def test_blocks_compare_by_text_and_an_empty_added_block_is_a_change() -> None:
    old = Body((Paragraph(plain("Results")), Paragraph(plain("Text."))))
    new = Body((Subhead(plain("Results")), Paragraph(plain("Text.")), Image("map.png")))
    blocks = diff_bodies(old, new)
    assert blocks[-1] == BlockDiff(None, 2, ())
    assert [b.changed for b in blocks] == [False, False, True]
    result = revisions(old, new)
    assert (result.words_added, result.paragraphs_changed) == (0, 1)
    assert result.summary() == "1 paragraph changed"


def test_no_changes() -> None:
    same = body("One paragraph.", "Another.")
    fields = {"headline": "Talks resume", "byline": "By Ana Petrović"}
    result = revisions(same, same, fields, dict(fields))
    assert result.is_empty
    assert (result.fields, result.words_added, result.words_removed) == ((), 0, 0)
    assert result.paragraphs_changed == 0
    assert [b.changed for b in result.blocks] == [False, False]
    assert result.summary() == "No changes"


def test_summary_with_additions_removals_and_paragraphs() -> None:
    old = body("The talks resumed on Monday in Geneva.", "Nobody commented.", "Keep.")
    new = body(
        "The talks collapsed on Tuesday in Geneva after a row over sanctions.",
        "Keep.",
        "A spokesman said the delegations would fly home tonight.",
    )
    result = revisions(old, new)
    assert (result.words_added, result.words_removed, result.paragraphs_changed) == (16, 4, 3)
    assert result.summary() == "16 words added, 4 removed, 3 paragraphs changed"


def test_summary_singulars() -> None:
    result = revisions(body("Talks resumed on Monday."), body("Talks resumed on Tuesday."))
    assert result.summary() == "1 word added, 1 removed, 1 paragraph changed"


def test_summary_only_additions() -> None:
    result = revisions(body("Talks resumed."), body("Talks resumed in Geneva after two weeks."))
    assert result.summary() == "5 words added, 1 paragraph changed"


def test_summary_only_removals() -> None:
    result = revisions(body("Talks, sources say, resumed.", "Gone now."), body("Talks resumed."))
    assert (result.words_removed, result.paragraphs_changed) == (4, 2)
    assert result.summary() == "4 words removed, 2 paragraphs changed"


def test_summary_of_a_punctuation_fix_names_the_paragraph() -> None:
    result = revisions(body("He landed in Moscow."), body("He landed in Moscow!"))
    assert (result.words_added, result.words_removed) == (0, 0)
    assert result.summary() == "1 paragraph changed"


def test_a_headline_change_counts_its_words_and_is_named() -> None:
    same = body("Unchanged body.")
    result = revisions(
        same,
        same,
        {"headline": "Talks resume in Geneva", "byline": "By Ana Petrović"},
        {"headline": "Talks collapse in Vienna", "byline": "By Ana Petrović"},
    )
    assert result.fields == (
        FieldDiff(
            "headline",
            segs(
                (EQ, "Talks "),
                (DEL, "resume"),
                (INS, "collapse"),
                (EQ, " in "),
                (DEL, "Geneva"),
                (INS, "Vienna"),
            ),
        ),
    )
    assert result.fields[0].old_text() == "Talks resume in Geneva"
    assert result.fields[0].new_text() == "Talks collapse in Vienna"
    assert result.paragraphs_changed == 0
    assert result.summary() == "2 words added, 2 removed, headline changed"


def test_a_field_change_without_words_capitalises_the_summary() -> None:
    same = body("Body.")
    result = revisions(same, same, {"headline": "Talks resume"}, {"headline": "Talks resume!"})
    assert result.summary() == "Headline changed"


def test_fields_are_named_in_house_order_with_and() -> None:
    same = body("Body.")
    old = {"dateline": "MOSCOW, Nov 27", "byline": "By Ana", "headline": "Talks"}
    new = {"dateline": "KYIV, Nov 27", "byline": "By Ana Petrović", "headline": "Peace Talks"}
    result = revisions(same, same, old, new)
    assert [f.name for f in result.fields] == ["headline", "byline", "dateline"]
    assert result.summary() == "3 words added, 1 removed, headline, byline and dateline changed"
    two = revisions(same, same, {"byline": "By Ana"}, {"byline": "By Ana", "standfirst": "Why."})
    assert two.summary() == "1 word added, standfirst changed"
    marks = revisions(
        same, same, {"headline": "A", "byline": "B"}, {"headline": "A.", "byline": "B."}
    )
    assert marks.summary() == "Headline and byline changed"


def test_field_and_body_changes_together() -> None:
    result = revisions(
        body("Talks resumed."),
        body("Talks resumed today."),
        {"headline": "Talks"},
        {"headline": "New Talks"},
    )
    assert result.summary() == "2 words added, 1 paragraph changed, headline changed"


def test_a_field_missing_from_one_side_counts_as_empty() -> None:
    same = body("Body.")
    result = revisions(same, same, {"standfirst": "Why it matters now."}, {})
    assert result.fields == (FieldDiff("standfirst", segs((DEL, "Why it matters now."))),)
    assert result.summary() == "4 words removed, standfirst changed"


# --- Properties ---------------------------------------------------------------------------------

VOCABULARY = [
    "the", "talks", "Monday", "Ilić-Marić", "don't", "Москва", "преговори", "žena", "Ärger",
    "façade", "3,5", "2024", ".", ",", "—", "!", "«", "»", "(", ")", " ", " ", "  ", "\n", "\t",
    "\u00a0", "c\u0301", "'",
]  # fmt: skip
texts = st.lists(st.sampled_from(VOCABULARY), max_size=40).map("".join)
any_text = st.text(max_size=60)


def check_segments(segments: tuple[Segment, ...], old: str, new: str) -> None:
    assert "".join(s.text for s in segments if s.op is not Op.INSERT) == old
    assert "".join(s.text for s in segments if s.op is not Op.DELETE) == new
    assert all(s.text for s in segments)
    for first, second in pairwise(segments):
        assert first.op != second.op
        assert (first.op, second.op) != (Op.INSERT, Op.DELETE)
    # Segments fall on word boundaries: counting words per segment gives the text's count.
    kept = sum(count_words(s.text) for s in segments if s.op is Op.EQUAL)
    removed = sum(count_words(s.text) for s in segments if s.op is Op.DELETE)
    added = sum(count_words(s.text) for s in segments if s.op is Op.INSERT)
    assert kept + removed == count_words(old)
    assert kept + added == count_words(new)


@given(texts, texts)
def test_segments_rebuild_both_texts(old: str, new: str) -> None:
    check_segments(diff_text(old, new), old, new)


@given(any_text, any_text)
def test_segments_rebuild_any_unicode(old: str, new: str) -> None:
    check_segments(diff_text(old, new), old, new)


@given(texts)
def test_a_text_against_itself_is_unchanged(text: str) -> None:
    assert all(s.op is Op.EQUAL for s in diff_text(text, text))


bodies = st.lists(texts, max_size=8).map(lambda ps: Body(tuple(Paragraph(plain(p)) for p in ps)))
fields = st.fixed_dictionaries({"headline": texts, "byline": texts})


@given(fields, bodies, fields, bodies)
def test_revisions_align_every_block_and_count_words(
    old_f: Fields, old_b: Body, new_f: Fields, new_b: Body
) -> None:
    result = diff_revisions(old_f, old_b, new_f, new_b)
    old_texts, new_texts = list(old_b.texts()), list(new_b.texts())
    assert [b.old_index for b in result.blocks if b.old_index is not None] == list(
        range(len(old_texts))
    )
    assert [b.new_index for b in result.blocks if b.new_index is not None] == list(
        range(len(new_texts))
    )
    for block in result.blocks:
        old = "" if block.old_index is None else old_texts[block.old_index]
        new = "" if block.new_index is None else new_texts[block.new_index]
        check_segments(block.segments, old, new)
    for field in result.fields:
        check_segments(field.segments, old_f[field.name], new_f[field.name])
    segments = [s for part in (*result.fields, *result.blocks) for s in part.segments]
    assert result.words_added == sum(count_words(s.text) for s in segments if s.op is Op.INSERT)
    assert result.words_removed == sum(count_words(s.text) for s in segments if s.op is Op.DELETE)
    old_words = sum(map(count_words, [*old_f.values(), *old_texts]))
    new_words = sum(map(count_words, [*new_f.values(), *new_texts]))
    assert result.words_added - result.words_removed == new_words - old_words
    assert result.paragraphs_changed == sum(1 for b in result.blocks if b.changed)
    assert result.is_empty == (old_f == new_f and old_texts == new_texts)
    assert (result.summary() == "No changes") == result.is_empty
