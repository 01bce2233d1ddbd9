"""The board (cards by state, moved by dragging) and the budget (what is due, desk by desk)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QListView, QWidget

from desk.domain.story import State
from desk.domain.workflow import Action
from desk.services import queries, stories
from desk.storage.uow import UnitOfWork
from desk.ui.board_view import (
    MIME_TYPE,
    AuthorRole,
    BoardColumnModel,
    BoardView,
    DeadlineRole,
    FitColourRole,
    FitLabelRole,
    LateRole,
    StoryIdRole,
    WordsRole,
)
from desk.ui.budget_view import BudgetModel, BudgetView
from desk.ui.controller import Controller
from tests.conftest import START
from tests.ui.conftest import FakePrompts, state_of, write_story

FIVE_WORDS = "Talks on grain resumed today."
Move = Qt.DropAction.MoveAction


def filed(uow: UnitOfWork, headline: str, **details: object) -> int:
    story_id = write_story(uow, "ana", headline, FIVE_WORDS, **details)
    stories.act(uow, "ana", story_id, Action.FILE)
    return story_id


def in_editing(uow: UnitOfWork, headline: str, **details: object) -> int:
    """Ana's story, claimed by milica."""
    story_id = filed(uow, headline, **details)
    stories.act(uow, "milica", story_id, Action.CLAIM)
    return story_id


def slugs(model: BoardColumnModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def card(model: BoardColumnModel, story_id: int) -> QModelIndex:
    row = model.row_of(story_id)
    assert row is not None, f"story {story_id} is not in the {model.state} column"
    return model.index(row, 0)


def double_click(qtbot, widget: QWidget, pos: QPoint) -> None:
    """A double-click as a mouse makes it: Qt 6 activates an item on the release after the
    double-click, which QTest's mouseDClick alone does not send."""
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(widget, left, pos=pos)
    qtbot.mouseDClick(widget, left, pos=pos)
    qtbot.mouseRelease(widget, left, pos=pos)


def drop_on(view: QListView, data: QMimeData) -> bool:
    """Deliver a drag's enter, move and drop to a list as a mouse would; whether it took it."""
    viewport = view.viewport()
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    centre = viewport.rect().center()
    rest = (actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (
        QDragEnterEvent(centre, *rest),
        QDragMoveEvent(centre, *rest),
        QDropEvent(QPointF(centre), *rest),
    ):
        event.ignore()  # as the window system hands them over, waiting for a taker
        QApplication.sendEvent(viewport, event)
    return event.isAccepted()


@pytest.fixture
def board_as(signed_in: Callable[[str], Controller], qtbot) -> Callable[[str], BoardView]:
    def make(name: str) -> BoardView:
        view = BoardView(signed_in(name))
        qtbot.addWidget(view)
        view.show()
        return view

    return make


@pytest.fixture
def budget_as(signed_in: Callable[[str], Controller], qtbot) -> Callable[[str], BudgetView]:
    def make(name: str) -> BudgetView:
        view = BudgetView(signed_in(name))
        qtbot.addWidget(view)
        view.resize(1100, 600)  # the size of the tab in a window
        view.show()
        return view

    return make


# The board


def test_columns_run_through_the_workflow_with_counts(newsroom_uow, board_as) -> None:
    write_story(newsroom_uow, "ana", "Budget vote", FIVE_WORDS)
    filed(newsroom_uow, "Grain talks")
    filed(newsroom_uow, "Port strike")
    board = board_as("milica")
    shown = [s for s, column in board.columns.items() if not column.isHidden()]
    assert shown == [
        State.DRAFT,
        State.FILED,
        State.EDITING,
        State.RETURNED,
        State.APPROVED,
        State.SCHEDULED,
        State.PUBLISHED,
    ]
    assert board.columns[State.DRAFT].header.text() == "Draft (1)"
    assert board.columns[State.FILED].header.text() == "Filed (2)"
    assert board.columns[State.EDITING].header.text() == "In editing (0)"
    assert sorted(slugs(board.models[State.FILED])) == ["grain-talks", "port-strike"]
    assert board.columns[State.FILED].more.isHidden()


def test_dragging_a_filed_card_to_editing_claims_it(newsroom_uow, board_as, prompts, qtbot) -> None:
    story_id = filed(newsroom_uow, "Grain talks resume")
    board = board_as("milica")
    source, target = board.models[State.FILED], board.models[State.EDITING]
    assert slugs(source) == ["grain-talks-resume"]

    data = source.mimeData([card(source, story_id)])
    assert data.hasFormat(MIME_TYPE)
    assert target.canDropMimeData(data, Move, -1, -1, QModelIndex())
    with qtbot.waitSignal(board.controller.changed, timeout=1000):
        assert target.dropMimeData(data, Move, -1, -1, QModelIndex())

    assert state_of(newsroom_uow, story_id) == "editing"
    assert queries.get_story(newsroom_uow, story_id).lock_holder == "milica"
    assert slugs(board.models[State.EDITING]) == ["grain-talks-resume"]
    assert slugs(board.models[State.FILED]) == []
    assert board.columns[State.EDITING].header.text() == "In editing (1)"
    assert board.columns[State.FILED].header.text() == "Filed (0)"
    assert prompts.errors == []


def test_a_card_dropped_on_a_column_list_acts(newsroom_uow, board_as, prompts) -> None:
    story_id = filed(newsroom_uow, "Grain talks resume")
    board = board_as("milica")
    source = board.models[State.FILED]

    assert not drop_on(
        board.columns[State.APPROVED].list, source.mimeData([card(source, story_id)])
    )
    assert prompts.errors == ["A story cannot go from Filed to Approved."]
    assert state_of(newsroom_uow, story_id) == "filed"

    assert drop_on(board.columns[State.EDITING].list, source.mimeData([card(source, story_id)]))
    assert state_of(newsroom_uow, story_id) == "editing"
    assert slugs(board.models[State.EDITING]) == ["grain-talks-resume"]


def test_data_without_a_story_cannot_be_dropped(newsroom_uow, board_as) -> None:
    board = board_as("milica")
    empty = board.models[State.FILED].mimeData([])
    assert not board.models[State.EDITING].canDropMimeData(empty, Move, -1, -1, QModelIndex())
    assert not board.models[State.EDITING].dropMimeData(empty, Move, -1, -1, QModelIndex())


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("marko", "Only an editor or a chief editor can approve copy."),
        ("tom", "milica is editing this story; only they or a chief editor can approve it."),
    ],
)
def test_a_refused_drop_shows_the_reason_and_changes_nothing(
    newsroom_uow, board_as, prompts: FakePrompts, name: str, reason: str
) -> None:
    story_id = in_editing(newsroom_uow, "Grain talks resume")
    board = board_as(name)
    source, target = board.models[State.EDITING], board.models[State.APPROVED]

    data = source.mimeData([card(source, story_id)])
    assert not target.dropMimeData(data, Move, -1, -1, QModelIndex())

    assert prompts.errors == [reason]
    assert state_of(newsroom_uow, story_id) == "editing"
    assert slugs(board.models[State.EDITING]) == ["grain-talks-resume"]
    assert slugs(board.models[State.APPROVED]) == []


def test_a_drop_that_needs_a_note_asks_for_it(newsroom_uow, board_as, prompts) -> None:
    story_id = in_editing(newsroom_uow, "Grain talks resume")
    board = board_as("milica")
    prompts.answers = ["Cut the second paragraph."]

    assert board.drop_story(story_id, State.RETURNED)

    assert prompts.asked == ["Return to the writer"]
    assert state_of(newsroom_uow, story_id) == "returned"
    assert queries.story_history(newsroom_uow, story_id)[-1].note == "Cut the second paragraph."
    assert slugs(board.models[State.RETURNED]) == ["grain-talks-resume"]
    assert slugs(board.models[State.EDITING]) == []


def test_cancelling_the_note_leaves_the_story_where_it_was(newsroom_uow, board_as, prompts) -> None:
    story_id = in_editing(newsroom_uow, "Grain talks resume")
    board = board_as("milica")
    assert not board.drop_story(story_id, State.RETURNED)  # no answer: the dialog was cancelled
    assert prompts.asked == ["Return to the writer"]
    assert prompts.errors == []
    assert state_of(newsroom_uow, story_id) == "editing"
    assert slugs(board.models[State.EDITING]) == ["grain-talks-resume"]


def test_an_impossible_drop_says_so(newsroom_uow, board_as, prompts) -> None:
    story_id = write_story(newsroom_uow, "ana", "Budget vote", FIVE_WORDS)
    board = board_as("vesna")
    source = board.models[State.DRAFT]
    data = source.mimeData([card(source, story_id)])

    assert not board.models[State.PUBLISHED].dropMimeData(data, Move, -1, -1, QModelIndex())
    assert prompts.errors == ["A story cannot go from Draft to Published."]
    assert not board.drop_story(story_id, State.DRAFT)  # onto its own column: nothing to do
    assert prompts.errors == ["A story cannot go from Draft to Published."]
    assert state_of(newsroom_uow, story_id) == "draft"


def test_a_spiked_card_goes_back_to_where_it_was(newsroom_uow, board_as, prompts) -> None:
    story_id = filed(newsroom_uow, "Grain talks resume")
    stories.act(newsroom_uow, "milica", story_id, Action.SPIKE)
    board = board_as("milica")
    assert board.columns[State.SPIKED].isHidden()
    board.show_set_aside.setChecked(True)
    assert not board.columns[State.SPIKED].isHidden()
    assert slugs(board.models[State.SPIKED]) == ["grain-talks-resume"]

    assert not board.drop_story(story_id, State.DRAFT)
    assert prompts.errors == ["A story cannot go from Spiked to Draft."]
    assert board.drop_story(story_id, State.FILED)
    assert state_of(newsroom_uow, story_id) == "filed"
    assert slugs(board.models[State.FILED]) == ["grain-talks-resume"]


def test_cards_show_words_against_target_coloured_by_copyfit(newsroom_uow, board_as) -> None:
    ids = {
        target: write_story(newsroom_uow, "ana", f"Story {target}", FIVE_WORDS, target_words=target)
        for target in (20, 5, 2)
    }
    untargeted = write_story(newsroom_uow, "ana", "No target", FIVE_WORDS)
    model = board_as("milica").models[State.DRAFT]

    def shown(story_id: int) -> tuple[str, str]:
        index = card(model, story_id)
        return index.data(WordsRole), index.data(FitLabelRole)

    assert shown(ids[20]) == ("5 / 20", "short")
    assert shown(ids[5]) == ("5 / 5", "fits")
    assert shown(ids[2]) == ("5 / 2", "long")
    assert shown(untargeted) == ("5", "")
    assert card(model, untargeted).data(FitColourRole) is None
    assert card(model, ids[5]).data(AuthorRole) == "ana"
    short, fits, long = (card(model, ids[t]).data(FitColourRole) for t in (20, 5, 2))
    assert long.red() > long.green()  # long copy in red
    assert fits.green() > fits.red()  # fitting copy in green
    assert len({short.name(), fits.name(), long.name()}) == 3


def test_copyfit_colours_stay_readable_on_a_dark_palette(newsroom_uow, board_as) -> None:
    story_id = write_story(newsroom_uow, "ana", "Long one", FIVE_WORDS, target_words=2)
    model = board_as("milica").models[State.DRAFT]
    on_light = card(model, story_id).data(FitColourRole)
    app = QApplication.instance()
    saved = QGuiApplication.palette()
    dark = QPalette(saved)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    try:
        app.setPalette(dark)
        on_dark = card(model, story_id).data(FitColourRole)
    finally:
        app.setPalette(saved)
    assert on_dark.lightness() > on_light.lightness()
    assert on_dark.lightness() > 128  # against a dark background
    assert on_light.lightness() < 128  # against a light one


def test_a_past_deadline_is_marked_late(newsroom_uow, board_as) -> None:
    late_at, due_at = START - timedelta(hours=2), START + timedelta(days=1)
    late = write_story(newsroom_uow, "ana", "Late one", FIVE_WORDS, deadline=late_at)
    due = write_story(newsroom_uow, "ana", "Due one", FIVE_WORDS, deadline=due_at)
    none = write_story(newsroom_uow, "ana", "Open one", FIVE_WORDS)
    model = board_as("milica").models[State.DRAFT]
    assert card(model, late).data(LateRole) is True
    assert card(model, due).data(LateRole) is False
    assert f"{late_at.astimezone():%H:%M}" in card(model, late).data(DeadlineRole)
    assert f"{due_at.astimezone():%H:%M}" in card(model, due).data(DeadlineRole)
    assert card(model, none).data(DeadlineRole) == ""
    assert slugs(model) == ["late-one", "due-one", "open-one"]  # most urgent first


def test_a_full_column_says_how_many_more_there_are(
    newsroom_uow, board_as, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BoardView, "LIMIT", 2)
    for n in range(3):
        write_story(newsroom_uow, "ana", f"Story {n}", FIVE_WORDS)
    board = board_as("milica")
    assert board.models[State.DRAFT].rowCount() == 2
    assert board.columns[State.DRAFT].header.text() == "Draft (3)"
    assert board.columns[State.DRAFT].more.text() == "and 1 more"
    assert not board.columns[State.DRAFT].more.isHidden()


def test_double_clicking_a_card_opens_its_story(newsroom_uow, board_as, qtbot) -> None:
    story_id = filed(newsroom_uow, "Grain talks resume")
    board = board_as("milica")
    view = board.columns[State.FILED].list
    rect = view.visualRect(card(board.models[State.FILED], story_id))
    with qtbot.waitSignal(board.storyActivated, timeout=1000) as blocker:
        double_click(qtbot, view.viewport(), rect.center())
    assert blocker.args == [story_id]


def test_a_hidden_board_catches_up_when_shown(newsroom_uow, board_as) -> None:
    board = board_as("milica")
    board.hide()
    story_id = filed(newsroom_uow, "Grain talks resume")  # written elsewhere
    board.controller.announce()
    assert slugs(board.models[State.FILED]) == []  # not reloaded while nobody looks
    board.show()
    assert slugs(board.models[State.FILED]) == ["grain-talks-resume"]
    assert card(board.models[State.FILED], story_id).data(StoryIdRole) == story_id


def test_board_models_pass_the_model_tester(newsroom_uow, board_as, qtmodeltester) -> None:
    filed(newsroom_uow, "Grain talks resume", target_words=400, deadline=START)
    write_story(newsroom_uow, "ana", "Budget vote", FIVE_WORDS)
    board = board_as("milica")
    assert board.models[State.FILED].rowCount() == 1
    for model in board.models.values():
        qtmodeltester.check(model)


# The budget


@pytest.fixture
def budget_stories(newsroom_uow: UnitOfWork) -> dict[str, int]:
    uow, soon = newsroom_uow, START + timedelta(days=1)
    made = {
        "vote": write_story(
            uow,
            "ana",
            "Budget vote",
            FIVE_WORDS,
            desk="Politics",
            deadline=soon,
            target_words=400,
            assignee="marko",
        ),
        "port": filed(uow, "Port strike", desk="Region", deadline=START - timedelta(days=1)),
        "far": write_story(
            uow, "ana", "Far summit", FIVE_WORDS, desk="World", deadline=START + timedelta(days=10)
        ),
        "loose": write_story(uow, "ana", "Loose & fast", FIVE_WORDS, deadline=soon),
        "out": in_editing(uow, "Already out", desk="Politics", deadline=soon),
        "undated": write_story(uow, "ana", "Undated", FIVE_WORDS, desk="Politics"),
    }
    stories.act(uow, "milica", made["out"], Action.APPROVE)
    stories.act(uow, "vesna", made["out"], Action.PUBLISH)
    return made


def tree(model: BudgetModel) -> dict[str, list[str]]:
    """Desk rows and the slugs beneath them, as the tree shows them."""
    shown = {}
    for row in range(model.rowCount()):
        desk = model.index(row, 0)
        shown[desk.data()] = [
            model.index(child, 1, desk).data() for child in range(model.rowCount(desk))
        ]
    return shown


def test_budget_lists_what_is_due_desk_by_desk(budget_stories, budget_as) -> None:
    budget = budget_as("vesna")
    assert budget.days.value() == 3
    assert tree(budget.model) == {
        "Politics (1)": ["budget-vote"],
        "Region (1)": ["port-strike"],  # overdue and still open
        "No desk (1)": ["loose-fast"],
    }
    assert budget.summary.text().endswith(": 3")
    budget.days.setValue(12)
    assert tree(budget.model)["World (1)"] == ["far-summit"]
    assert "Already out" not in budget.budget_html()


def test_budget_rows_show_the_story_at_a_glance(budget_stories, budget_as) -> None:
    model = budget_as("vesna").model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Deadline", "Slug", "Headline", "Assignee", "State", "Words", "Copyfit"]
    politics, region = model.index(0, 0), model.index(1, 0)
    vote = [model.index(0, c, politics).data() for c in range(model.columnCount())]
    assert vote[1:] == ["budget-vote", "Budget vote", "marko", "Draft", "5 / 400", "short"]
    port = [model.index(0, c, region).data() for c in range(model.columnCount())]
    assert port[1:] == ["port-strike", "Port strike", "ana", "Filed", "5", ""]
    late = Qt.ItemDataRole.ForegroundRole
    assert model.index(0, 0, region).data(late).red() > 128  # overdue deadline in red
    assert model.index(0, 0, politics).data(late) is None
    assert (
        model.index(0, 6, politics).data(late).name()
        == model.index(0, 5, politics).data(late).name()
    )


def test_budget_follows_changes(budget_stories, budget_as, newsroom_uow) -> None:
    budget = budget_as("vesna")
    port = budget_stories["port"]
    stories.act(newsroom_uow, "milica", port, Action.CLAIM)
    stories.act(newsroom_uow, "milica", port, Action.APPROVE)
    budget.controller.do(stories.act, port, Action.PUBLISH, stories=[port])
    assert "Region (1)" not in tree(budget.model)
    assert list(tree(budget.model)) == ["Politics (1)", "No desk (1)"]


def test_double_clicking_a_budget_row_opens_its_story(budget_stories, budget_as, qtbot) -> None:
    budget = budget_as("vesna")
    row = budget.model.index(0, 2, budget.model.index(0, 0))
    rect = budget.tree.visualRect(row)
    with qtbot.waitSignal(budget.storyActivated, timeout=1000) as blocker:
        double_click(qtbot, budget.tree.viewport(), rect.center())
    assert blocker.args == [budget_stories["vote"]]


def test_budget_html_puts_stories_under_their_desks(budget_stories, budget_as) -> None:
    page = budget_as("vesna").budget_html()
    politics, region, loose = (
        page.index("<h2>Politics</h2>"),
        page.index("<h2>Region</h2>"),
        page.index("<h2>No desk</h2>"),
    )
    assert politics < page.index("<td>budget-vote</td>") < region
    assert region < page.index("<td>port-strike</td>") < loose
    assert loose < page.index("<td>Loose &amp; fast</td>")
    assert page.count("<tr>") == 3 + 3  # a header row per desk, a row per story
    for absent in ("far-summit", "already-out", "undated"):
        assert absent not in page


def test_budget_prints_to_pdf(budget_stories, budget_as, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "budget.pdf"
    printer.setOutputFileName(str(target))
    assert budget_as("vesna").print_budget(printer)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 1000


def test_budget_model_passes_the_model_tester(budget_stories, budget_as, qtmodeltester) -> None:
    budget = budget_as("vesna")
    assert budget.model.rowCount() == 3
    qtmodeltester.check(budget.model)
    budget.days.setValue(0)
    qtmodeltester.check(budget.model)
