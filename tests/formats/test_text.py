"""Tests for plain text in and out: the --body-file convention and .txt export."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.body import (
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
    plain,
)
from desk.domain.story import StoryText
from desk.formats.text import clean, parse_text, render_body_text, render_text

BOLD = frozenset({Mark.BOLD})


def para(text: str) -> Paragraph:
    return Paragraph(plain(text))


def item(text: str, ordered: bool = False, level: int = 0) -> ListItem:
    return ListItem(plain(text), ordered, level)


# --- parse_text ---------------------------------------------------------------------------------


def test_parse_reads_every_kind_of_paragraph() -> None:
    text = (
        "## The vote\n"
        "\n"
        "The assembly met on Monday\n"
        "and voted late.\n"
        "\n"
        "\n"
        "> We will not leave,\n"
        "> the mayor said.\n"
        "\n"
        "- bread\n"
        "* milk\n"
        "  • eggs\n"
        "    - brown\n"
        "\n"
        "1. First\n"
        "2) Second\n"
        "\n"
        "### Smaller\n"
        "\n"
        "#### Smallest\n"
    )
    assert parse_text(text) == Body(
        (
            Subhead(plain("The vote"), 2),
            para("The assembly met on Monday and voted late."),
            Quote(plain("We will not leave, the mayor said.")),
            item("bread"),
            item("milk"),
            item("eggs", level=1),
            item("brown", level=2),
            item("First", ordered=True),
            item("Second", ordered=True),
            Subhead(plain("Smaller"), 3),
            Subhead(plain("Smallest"), 4),
        )
    )


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n", "\ufeff", "\x00\x1b"])
def test_blank_input_gives_an_empty_body(text: str) -> None:
    assert parse_text(text) == Body()


def test_parse_tolerates_bom_line_ends_tabs_and_trailing_spaces() -> None:
    text = "\ufeffFirst\tline  \r\nstill first   \r\n\r\nSecond\rwrapped\r\rThird\n"
    assert parse_text(text) == Body(
        (para("First line still first"), para("Second wrapped"), para("Third"))
    )


def test_a_line_of_no_break_spaces_is_blank_but_inner_ones_stay() -> None:
    text = "One\u00a0000 people\u00a0\n\u00a0\u3000\nTwo"
    assert parse_text(text) == Body((para("One\u00a0000 people"), para("Two")))


def test_parse_strips_control_and_bidi_override_characters_only() -> None:
    text = "Evil\x00 \x1b[31mred\x7f \u202egnp.exe\u202c and \u2066isolate\u2069"
    assert parse_text(text) == Body((para("Evil [31mred gnp.exe and isolate"),))


def test_parse_keeps_cyrillic_diacritics_dashes_and_quotes() -> None:
    text = "Пише: Ана Илић — „Ђурђевдан“ у Čačku, “quoted” and 'single'"
    assert parse_text(text) == Body((para(text),))


def test_parse_keeps_asterisks_and_underscores_literally() -> None:
    text = "Turnout was *not* 50% but __about__ 48 ** per cent; file_name_v2"
    assert parse_text(text) == Body((para(text),))


def test_a_list_item_may_wrap_onto_indented_lines() -> None:
    text = "- a long item\n  that wraps\n- next\n\tindented by a tab"
    assert parse_text(text) == Body(
        (item("a long item that wraps"), item("next indented by a tab"))
    )


def test_a_tab_indents_a_list_item_one_level() -> None:
    assert parse_text("- top\n\t- under") == Body((item("top"), item("under", level=1)))


def test_a_wrapped_paragraph_that_begins_like_a_list_stays_a_paragraph() -> None:
    text = "15. maja 2024. godine u Beogradu\nodržan je sastanak."
    assert parse_text(text) == Body((para("15. maja 2024. godine u Beogradu održan je sastanak."),))


def test_an_ordinal_date_opening_a_one_line_paragraph_is_not_a_list() -> None:
    assert parse_text("1. septembra počinje školska godina.") == Body(
        (para("1. septembra počinje školska godina."),)
    )
    assert parse_text("1. Septembar") == Body((item("Septembar", ordered=True),))
    assert parse_text("1) septembar") == Body((item("septembar", ordered=True),))


def test_markers_without_text_make_no_block() -> None:
    assert parse_text("## \u00a0\n\n- \u00a0\n- real\n\n> \u00a0") == Body((item("real"),))


def test_markers_need_a_space_after_them() -> None:
    text = "#hashtag\n\n##nospace\n\n>quoted?\n\n-5 degrees\n\n2024.godine\n\n##### five"
    assert parse_text(text) == Body(
        tuple(para(t) for t in ("#hashtag", "##nospace", ">quoted?", "-5 degrees", "2024.godine"))
        + (para("##### five"),)
    )


def test_a_bare_quote_line_separates_quoted_paragraphs() -> None:
    text = "> One.\n>\n> Two,\nlazily wrapped.\n>   \n> Three."
    assert parse_text(text) == Body(
        (Quote(plain("One.")), Quote(plain("Two, lazily wrapped.")), Quote(plain("Three.")))
    )


def test_a_backslash_escapes_a_paragraph_that_looks_like_markup() -> None:
    text = "\\## Not a subhead\n\n\\- not a list\n\n\\\\double\n\n\\plain backslash"
    assert parse_text(text) == Body(
        (
            para("## Not a subhead"),
            para("- not a list"),
            para("\\double"),
            para("\\plain backslash"),
        )
    )


def test_unicode_line_and_paragraph_separators() -> None:
    text = "one\u2028wrapped\u2029two\x0cthree"
    assert parse_text(text) == Body((para("one wrapped"), para("two"), para("three")))


def test_clean_keeps_newlines_and_tabs() -> None:
    assert clean("a\tb\r\nc\x00\u202ed") == "a\tb\ncd"


# --- render_body_text and render_text ------------------------------------------------------------

STORY_BODY = Body(
    (
        Paragraph(
            (
                Run("Protesters gathered "),
                Run("outside", BOLD),
                Run(" the "),
                Run("Duma", link="https://duma.gov.ru"),
                Run(" on Monday."),
            )
        ),
        Subhead(plain("What happened"), 2),
        Quote(plain("We will not leave.")),
        item("first"),
        item("nested", level=1),
        item("numbered", ordered=True, level=1),
        item("second", ordered=True, level=1),
        Table(((plain("City"), plain("People")), (plain("Moscow"), plain("2,000")))),
        Image("img1.jpg", plain("The square at noon")),
        Footnote("1", plain("Police estimate.")),
        Paragraph(
            (
                Run("Write to "),
                Run("desk@example.org", link="mailto:desk@example.org"),
                Run(" or "),
                Run("https://example.org", link="https://example.org"),
                Run("."),
            )
        ),
    )
)


def test_render_body_text_writes_the_convention() -> None:
    assert render_body_text(STORY_BODY) == (
        "Protesters gathered outside the Duma (https://duma.gov.ru) on Monday.\n"
        "\n"
        "## What happened\n"
        "\n"
        "> We will not leave.\n"
        "\n"
        "- first\n"
        "  - nested\n"
        "  1. numbered\n"
        "  2. second\n"
        "\n"
        "City\tPeople\n"
        "Moscow\t2,000\n"
        "\n"
        "[Image: The square at noon]\n"
        "\n"
        "Write to desk@example.org or https://example.org.\n"
        "\n"
        "[1] Police estimate.\n"
    )


def test_render_text_english_story() -> None:
    story = StoryText(
        headline="Thousands rally in Moscow",
        standfirst="The largest protest in a decade",
        byline="By Ana Ilić",
        dateline="MOSCOW, Nov 27 —",
        body=Body((para("Protesters gathered on Monday."), para("Police watched."))),
    )
    assert render_text(story) == (
        "Thousands rally in Moscow\n"
        "\n"
        "The largest protest in a decade\n"
        "\n"
        "By Ana Ilić\n"
        "\n"
        "MOSCOW, Nov 27 — Protesters gathered on Monday.\n"
        "\n"
        "Police watched.\n"
    )


def test_render_text_serbian_cyrillic_story() -> None:
    story = StoryText(
        headline="Протест у Београду",
        byline="Пише: Ана Илић",
        dateline="БЕОГРАД, 27. новембра —",
        body=Body(
            (
                Subhead(plain("Шта се догодило"), 2),
                para("Хиљаде грађана окупило се у понедељак."),
                item("Први захтев", ordered=True),
                item("Други захтев", ordered=True),
            )
        ),
    )
    assert render_text(story) == (
        "Протест у Београду\n"
        "\n"
        "Пише: Ана Илић\n"
        "\n"
        "## Шта се догодило\n"
        "\n"
        "БЕОГРАД, 27. новембра — Хиљаде грађана окупило се у понедељак.\n"
        "\n"
        "1. Први захтев\n"
        "2. Други захтев\n"
    )


def test_render_text_with_only_a_headline_or_only_a_dateline() -> None:
    assert render_text(StoryText(headline="Just a headline")) == "Just a headline\n"
    assert render_text(StoryText(dateline="KYIV, May 2 —")) == "KYIV, May 2 —\n"
    assert render_text(StoryText()) == "\n"


def test_render_escapes_paragraphs_that_would_read_as_markup() -> None:
    body = Body((para("- not a list"), para("1. Not numbered"), para("1. maja"), para("\\x")))
    assert render_body_text(body) == "\\- not a list\n\n\\1. Not numbered\n\n1. maja\n\n\\x\n"
    assert parse_text(render_body_text(body)) == body


def test_a_lone_numbered_item_in_lower_case_is_written_so_it_reads_back() -> None:
    body = Body((item("septembar", ordered=True),))
    assert render_body_text(body) == "1) septembar\n"
    assert parse_text(render_body_text(body)) == body


def test_render_line_breaks_and_empty_blocks() -> None:
    body = Body((Paragraph((Run("line one\nline two"),)), Paragraph(()), Quote(plain("a\nb"))))
    assert render_body_text(body) == "line one\nline two\n\n> a\n> b\n"
    assert render_body_text(Body()) == ""


# --- properties ----------------------------------------------------------------------------------

# Words of any printable characters (no whitespace, controls, or characters parse_text strips).
_STRIPPED = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
words = st.text(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"), blacklist_characters=_STRIPPED
    ),
    min_size=1,
    max_size=8,
)
line_texts = st.lists(words, min_size=1, max_size=6).map(" ".join)
markup_like = st.sampled_from(["- ", "* ", "• ", "1. ", "2) ", "## ", "### ", "> ", "\\", "15. "])
texts = st.one_of(line_texts, st.builds(lambda m, t: m + t, markup_like, line_texts))

plain_blocks = st.one_of(
    st.builds(lambda t: Paragraph(plain(t)), texts),
    st.builds(lambda t, lv: Subhead(plain(t), lv), texts, st.integers(2, 4)),
    st.builds(lambda t: Quote(plain(t)), texts),
    st.builds(lambda t, o, lv: ListItem(plain(t), o, lv), texts, st.booleans(), st.integers(0, 4)),
)


@given(st.lists(plain_blocks, max_size=12).map(lambda blocks: Body(tuple(blocks))))
def test_plain_text_round_trips(body: Body) -> None:
    assert parse_text(render_body_text(body)) == body


# Text made of the convention's own pieces, so that markers meet edge cases often.
messy_texts = st.lists(
    st.one_of(
        st.sampled_from(["- ", "* ", "1. ", "2) ", "## ", "#### ", "> ", ">", "\\", "  ", "\t"]),
        st.sampled_from(["\n", "\n\n", "\r\n", "\xa0", "\u202e", "\x00", "\ufeff", " "]),
        st.text(max_size=4),
    ),
    max_size=30,
).map("".join)


@given(messy_texts)
def test_parse_text_never_fails_and_leaves_clean_single_line_blocks(text: str) -> None:
    for block in parse_text(text).blocks:
        assert block.text
        assert block.text == block.text.strip()
        assert "\n" not in block.text
        assert not any(c in block.text for c in "\x00\x1b\r\t\u202e\ufeff")


@given(messy_texts)
def test_whatever_parse_text_reads_it_writes_back_the_same(text: str) -> None:
    body = parse_text(text)
    assert parse_text(render_body_text(body)) == body
