"""The body editor: the model survives the document, and typing, formatting and paste give the
body a person meant."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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
from desk.ui.body_document import body_to_document, document_to_body, fragments
from desk.ui.body_editor import BodyEditor
from tests.ui.conftest import type_text

B, I, U, S = Mark.BOLD, Mark.ITALIC, Mark.UNDERLINE, Mark.STRIKE
SUP, SUB = Mark.SUPERSCRIPT, Mark.SUBSCRIPT


def run(text: str, *marks: Mark, link: str | None = None) -> Run:
    return Run(text, frozenset(marks), link)


def para(*runs: Run | str) -> Paragraph:
    return Paragraph(tuple(Run(r) if isinstance(r, str) else r for r in runs))


def round_trip(body: Body) -> Body:
    document = QTextDocument()
    body_to_document(body, document)
    return document_to_body(document)


# --- the document mapping ------------------------------------------------------------------------

_chars = st.characters(
    blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp", "Zs"), blacklist_characters="\ufffc"
)
words = st.one_of(
    st.text(_chars, min_size=1, max_size=6),
    st.sampled_from(["Ђорђе", "Šćepan", "ćевапи", "Đurđevdan", "<b>", "&amp;"]),
)
marks = st.frozensets(st.sampled_from(list(Mark)), max_size=3)
links = st.sampled_from([None, None, None, "https://example.org/a?b=1&c=2", "mailto:d@e.rs"])


@st.composite
def runs(draw: st.DrawFn) -> tuple[Run, ...]:
    """Runs in the model's normal form: no empty run, no two neighbours alike."""
    parts = draw(st.lists(words, min_size=1, max_size=6))
    seps = draw(st.lists(st.sampled_from([" ", "\n", "  ", "\u00a0"]), min_size=len(parts)))
    text = "".join(sep + part for sep, part in zip(["", *seps], parts, strict=False))
    cuts = sorted(draw(st.sets(st.integers(1, max(len(text) - 1, 1)), max_size=4)) - {len(text)})
    pieces = [
        Run(text[a:b], draw(marks), draw(links))
        for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)
    ]
    out: list[Run] = []
    for piece in pieces:
        if out and (out[-1].marks, out[-1].link) == (piece.marks, piece.link):
            out[-1] = Run(out[-1].text + piece.text, piece.marks, piece.link)
        else:
            out.append(piece)
    return tuple(out)


text_blocks = st.one_of(
    st.builds(Paragraph, runs()),
    st.builds(Subhead, runs(), st.integers(2, 4)),
    st.builds(Quote, runs()),
    st.builds(ListItem, runs(), st.booleans(), st.integers(0, 3)),
)
cells = st.one_of(st.just(()), runs())
any_blocks = st.one_of(
    text_blocks,
    st.builds(
        Table,
        st.lists(st.lists(cells, min_size=1, max_size=3).map(tuple), min_size=1, max_size=3).map(
            tuple
        ),
        st.booleans(),
    ),
    st.builds(Image, st.sampled_from(["photo.jpg", "a/b.png"]), cells, st.sampled_from(["", "x"])),
    st.builds(Footnote, st.sampled_from(["1", "2", "*"]), runs(), st.booleans()),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(text_blocks, max_size=8).map(lambda blocks: Body(tuple(blocks))))
def test_text_blocks_with_any_marks_round_trip(qapp: QApplication, body: Body) -> None:
    assert round_trip(body) == body


@settings(max_examples=100, deadline=None)
@given(st.lists(any_blocks, max_size=8).map(lambda blocks: Body(tuple(blocks))))
def test_every_kind_of_block_round_trips(qapp: QApplication, body: Body) -> None:
    assert round_trip(body) == body


@pytest.mark.parametrize(
    "body",
    [
        Body((Table(((plain("Grad"), plain("Broj")), (plain("Ниш"), (run("250", B),))), True),)),
        Body((Table(((plain("a"), (), plain("c")), (plain("d"),), ((), plain("f")))),)),
        Body((Table(((plain("x\ny"),),)), Table(((plain("second table"),),)))),
        Body((Table(()),)),  # nothing to draw: kept as a placeholder
        Body((Image("map.png", (run("Mapa ", I), run("Šumadije")), "karta"), para("Posle"))),
        Body((Image("bare.png"),)),
        Body((para("Tekst", run("1", SUP)), Footnote("1", (run("Izvor: ", B), run("RTS"))))),
        Body((Footnote("*", plain("Endnota"), endnote=True), Footnote("2", ()))),
        Body((ListItem(plain("a")), ListItem(plain("b"), level=2), ListItem(plain("c")))),
        Body((ListItem(plain("1"), True), ListItem(plain("•")), ListItem(plain("2"), True))),
    ],
    ids=[
        "header-table",
        "ragged-table",
        "two-tables",
        "empty-table",
        "image",
        "image-without-caption",
        "footnote",
        "notes",
        "nested-list",
        "alternating-lists",
    ],
)
def test_blocks_the_editor_does_not_edit_round_trip(qapp: QApplication, body: Body) -> None:
    assert round_trip(body) == body


def test_subhead_look_is_not_a_bold_mark(qapp: QApplication) -> None:
    body = Body((Subhead((run("Izbori "), run("2026", B)), 2), para(run("Ђорђе", B, I, U))))
    assert round_trip(body) == body


def test_an_empty_body_and_blank_blocks_read_as_no_blocks(qapp: QApplication) -> None:
    assert round_trip(Body()) == Body()
    assert round_trip(Body((para(""), para("  "), para("kept")))) == Body((para("kept"),))


# --- the editor ----------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyEditor]:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    yield widget
    QGuiApplication.clipboard().clear()  # data left on the clipboard crashes Qt at exit


def action(editor: BodyEditor, name: str) -> QAction:
    return next(a for a in editor.format_actions() if a.objectName() == name)


def select(editor: BodyEditor, start: int, end: int | None = None) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start if end is None else end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def paste(editor: BodyEditor, *, html: str | None = None, text: str | None = None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()


def test_typing_gives_paragraphs(editor: BodyEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "First paragraph.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "Ђорђе и Šćepan")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "new line")
    assert editor.body() == Body((para("First paragraph."), para("Ђорђе и Šćepan\nnew line")))


def test_bold_applies_to_exactly_the_selected_word(editor: BodyEditor) -> None:
    editor.set_body(Body.from_paragraphs(["Vlada je pala."]))
    select(editor, 6, 8)
    action(editor, "format-bold").trigger()
    assert editor.body() == Body((para("Vlada ", run("je", B), " pala."),))
    assert action(editor, "format-bold").isChecked()
    select(editor, 1)
    assert not action(editor, "format-bold").isChecked()


def test_marks_toggle_for_what_is_typed_next_and_undo(editor: BodyEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "plain ")
    action(editor, "format-italic").trigger()
    action(editor, "format-strike").trigger()
    qtbot.keyClicks(editor, "both")
    action(editor, "format-strike").trigger()
    qtbot.keyClicks(editor, " italic")
    assert editor.body() == Body((para("plain ", run("both", I, S), run(" italic", I)),))
    editor.set_body(Body.from_paragraphs(["word"]))
    select(editor, 0, 4)
    action(editor, "format-underline").trigger()
    assert editor.body() == Body((para(run("word", U)),))
    editor.undo()
    assert editor.body() == Body.from_paragraphs(["word"])


def test_bold_inside_a_subhead_is_its_own_mark(editor: BodyEditor) -> None:
    editor.set_body(Body((Subhead(plain("Rat i mir"), 3),)))
    assert not action(editor, "format-bold").isChecked()
    select(editor, 4, 5)
    action(editor, "format-bold").trigger()
    assert editor.body() == Body((Subhead((run("Rat "), run("i", B), run(" mir")), 3),))


def test_subhead_actions_change_the_block_and_keep_marks(editor: BodyEditor) -> None:
    editor.set_body(Body((para("Uvod"), para(run("Naslov ", I), run("bold", B)))))
    select(editor, 7)
    action(editor, "format-subhead-3").trigger()
    assert editor.body().blocks[1] == Subhead((run("Naslov ", I), run("bold", B)), 3)
    assert action(editor, "format-subhead-3").isChecked()
    action(editor, "format-subhead-2").trigger()
    assert editor.body().blocks[1] == Subhead((run("Naslov ", I), run("bold", B)), 2)
    action(editor, "format-paragraph").trigger()
    assert editor.body() == Body((para("Uvod"), para(run("Naslov ", I), run("bold", B))))


def test_enter_after_a_subhead_starts_a_paragraph(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.set_body(Body((Subhead(plain("Naslov")),)))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Tekst")
    assert editor.body() == Body((Subhead(plain("Naslov")), para("Tekst")))


def test_list_actions_toggle_and_tab_nests(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.set_body(Body.from_paragraphs(["jedan", "dva", "tri"]))
    select(editor, 0, 9)  # "jedan" and into "dva"
    action(editor, "format-bulleted-list").trigger()
    assert editor.body().blocks[:2] == (ListItem(plain("jedan")), ListItem(plain("dva")))
    assert action(editor, "format-bulleted-list").isChecked()
    action(editor, "format-numbered-list").trigger()
    assert editor.body().blocks[:2] == (
        ListItem(plain("jedan"), True),
        ListItem(plain("dva"), True),
    )
    select(editor, 7)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.body().blocks[1] == ListItem(plain("dva"), True, 1)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    select(editor, 0, 9)
    action(editor, "format-numbered-list").trigger()
    assert editor.body() == Body.from_paragraphs(["jedan", "dva", "tri"])


def test_quote_action_toggles(editor: BodyEditor) -> None:
    editor.set_body(Body((para(run("Citat", I)),)))
    action(editor, "format-quote").trigger()
    assert editor.body() == Body((Quote((run("Citat", I),)),))
    action(editor, "format-quote").trigger()
    assert editor.body() == Body((para(run("Citat", I)),))


def test_link_asks_for_the_address_and_empty_removes_it(editor: BodyEditor) -> None:
    asked: list[str] = []
    answers = iter(["https://rts.rs", "javascript:alert(1)", ""])
    editor.ask_link = lambda current: asked.append(current) or next(answers)
    editor.set_body(Body.from_paragraphs(["Videti RTS danas"]))
    select(editor, 7, 10)
    action(editor, "format-link").trigger()
    linked = Body((para("Videti ", run("RTS", link="https://rts.rs"), " danas"),))
    assert editor.body() == linked
    select(editor, 8)  # inside the link, nothing selected: the whole link is meant
    action(editor, "format-link").trigger()
    assert editor.body() == linked  # an address that runs code is refused
    action(editor, "format-link").trigger()
    assert editor.body() == Body.from_paragraphs(["Videti RTS danas"])
    assert asked == ["", "https://rts.rs", "https://rts.rs"]


def test_cancelling_the_link_question_changes_nothing(editor: BodyEditor) -> None:
    editor.ask_link = lambda current: None
    editor.set_body(Body.from_paragraphs(["tekst"]))
    select(editor, 0, 5)
    action(editor, "format-link").trigger()
    assert editor.body() == Body.from_paragraphs(["tekst"])


WORD_HTML = """<html><body>
<p class=MsoNormal style="font-family:Calibri;color:red"><b>Bold</b> and <i>italic</i>
<span style='font-size:20pt'>big</span></p>
<h2 style="font-family:Cambria">Podnaslov</h2>
<ul><li>Prva</li><li>Druga <a href="https://example.org">veza</a></li></ul>
<blockquote>Citat</blockquote>
<table><tr><th>Grad</th><th>Broj</th></tr><tr><td>Ниш</td><td>3</td></tr></table>
<p><img src="https://example.org/photo.jpg" alt="slika"></p>
</body></html>"""


def test_pasted_word_html_keeps_structure_and_marks_only(editor: BodyEditor) -> None:
    paste(editor, html=WORD_HTML, text="Bold and italic big")
    assert editor.body() == Body(
        (
            para(run("Bold", B), " and ", run("italic", I), " big"),
            Subhead(plain("Podnaslov"), 2),
            ListItem(plain("Prva")),
            ListItem((run("Druga "), run("veza", link="https://example.org"))),
            Quote(plain("Citat")),
            Table(((plain("Grad"), plain("Broj")), (plain("Ниш"), plain("3"))), header=True),
        )
    )
    document = editor.document()
    block = document.begin()
    while block.isValid():
        for _at, _text, fmt in fragments(block):
            assert not fmt.fontFamilies()
            assert fmt.foreground().color() != QColor("red")
            assert not fmt.hasProperty(fmt.Property.FontPointSize)
        block = block.next()


def test_paste_replaces_the_selection_or_goes_in_at_the_cursor(editor: BodyEditor) -> None:
    editor.set_body(Body.from_paragraphs(["Hello world"]))
    select(editor, 6, 11)
    paste(editor, html="<p><b>big</b></p>")
    assert editor.body() == Body((para("Hello ", run("big", B)),))
    editor.set_body(Body.from_paragraphs(["Hello world"]))
    select(editor, 6)
    paste(editor, html="<p>A</p><h3>B</h3>")
    assert editor.body() == Body((para("Hello A"), Subhead(plain("B"), 3), para("world")))


def test_pasted_plain_text_becomes_paragraphs(editor: BodyEditor) -> None:
    paste(editor, text="Prvi red\nDrugi red\n\n  Treći\u0007 red  \n")
    assert editor.body() == Body.from_paragraphs(["Prvi red", "Drugi red", "Treći red"])
    editor.set_body(Body.from_paragraphs(["ab"]))
    select(editor, 1)
    paste(editor, text=" ## x ")
    assert editor.body() == Body.from_paragraphs(["a ## x b"])


def test_copy_and_paste_inside_the_editor_keeps_everything(editor: BodyEditor) -> None:
    body = Body(
        (
            Subhead(plain("Naslov"), 2),
            para(run("Ђорђе", B), " ", run("veza", U, link="https://x.rs")),
            Image("map.png", plain("Mapa")),
            Footnote("1", plain("Izvor")),
        )
    )
    editor.set_body(body)
    editor.selectAll()
    editor.copy()
    editor.set_body(Body())
    editor.paste()
    assert editor.body() == body
    select(editor, 2, 9)  # "slov" of the subhead and "Ђо" of the paragraph
    editor.copy()
    editor.set_body(Body())
    editor.paste()
    assert editor.body() == Body((Subhead(plain("slov"), 2), para(run("Ђо", B))))
    select(editor, 0, 2)  # a stretch of one subhead goes in as text, without its look
    editor.copy()
    editor.set_body(Body.from_paragraphs(["[]"]))
    select(editor, 1)
    editor.paste()
    assert editor.body() == Body.from_paragraphs(["[sl]"])


def test_placeholders_are_not_half_edited(editor: BodyEditor, qtbot: QtBot) -> None:
    body = Body((para("Pre"), Image("map.png", plain("Mapa")), para("Posle")))
    editor.set_body(body)
    select(editor, 8)  # inside "[Image: Mapa]"
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    select(editor, 18)  # the start of "Posle"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.body() == body
    select(editor, 17)  # the end of the placeholder: Enter starts a paragraph after it
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Novo")
    assert editor.body() == Body((*body.blocks[:2], para("Novo"), para("Posle")))
    select(editor, 4)  # the start of the placeholder: Enter starts a paragraph before it
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Ispred")
    assert editor.body() == Body(
        (para("Pre"), para("Ispred"), *body.blocks[1:2], para("Novo"), para("Posle"))
    )


def test_a_placeholder_selected_whole_can_be_deleted(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.set_body(Body((para("Pre"), Footnote("1", plain("Izvor")), para("Posle"))))
    select(editor, 3, 23)  # from the end of "Pre" to the end of the placeholder
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.body() == Body.from_paragraphs(["Pre", "Posle"])


def test_not_editable_blocks_typing_formatting_and_paste(editor: BodyEditor, qtbot: QtBot) -> None:
    body = Body.from_paragraphs(["Zaključano"])
    editor.set_body(body)
    editor.set_editable(False)
    qtbot.keyClicks(editor, "abc")
    paste(editor, text="pasted")
    assert editor.body() == body
    assert not any(a.isEnabled() for a in editor.format_actions())
    editor.set_editable(True)
    assert all(a.isEnabled() for a in editor.format_actions())
    qtbot.keyClicks(editor, "ab")
    assert editor.body() == Body.from_paragraphs(["abZaključano"])


def test_set_body_clears_undo(editor: BodyEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "another story")
    assert editor.document().isUndoAvailable()
    editor.set_body(Body.from_paragraphs(["this story"]))
    assert not editor.document().isUndoAvailable()
    editor.undo()
    assert editor.body() == Body.from_paragraphs(["this story"])


def test_body_changed_on_typing_and_formatting_not_on_set_body(
    editor: BodyEditor, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(editor.bodyChanged):
        editor.set_body(Body.from_paragraphs(["tekst"]))
    with qtbot.waitSignal(editor.bodyChanged, timeout=1000):
        qtbot.keyClicks(editor, "x")
    select(editor, 0, 3)
    with qtbot.waitSignal(editor.bodyChanged, timeout=1000):
        action(editor, "format-bold").trigger()


def test_every_format_action_has_a_name_and_a_distinct_shortcut(editor: BodyEditor) -> None:
    actions = editor.format_actions()
    names = [a.objectName() for a in actions]
    shortcuts = [a.shortcut().toString() for a in actions]
    assert len(actions) == 12 and all(n.startswith("format-") for n in names)
    assert len(set(names)) == len(names) and len(set(shortcuts)) == len(shortcuts)
    assert action(editor, "format-link").shortcut().toString() == "Ctrl+K"


def test_ctrl_k_reaches_the_link_action(editor: BodyEditor, qtbot: QtBot) -> None:
    editor.ask_link = lambda current: "https://example.org"
    editor.set_body(Body.from_paragraphs(["word here"]))
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    select(editor, 0, 4)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.body() == Body((para(run("word", link="https://example.org"), " here"),))
