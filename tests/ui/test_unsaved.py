"""Text the window cannot put into the newsroom is kept in files, and goes back in the next time
the person opens the newsroom: as a save, or as a conflict copy, never dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk import paths
from desk.domain.workflow import Action
from desk.errors import StoreError
from desk.services import queries, stories
from desk.storage.uow import UnitOfWork
from desk.ui.main_window import MainWindow
from desk.ui.unsaved import RECOVERED_LABEL
from tests.ui.conftest import FakePrompts, stop_windows, type_text, window_opener, write_story


@pytest.fixture
def open_window(qtbot, newsroom_uow: UnitOfWork, prompts: FakePrompts, tmp_path: Path):
    opener = window_opener(
        qtbot, newsroom_uow, prompts, tmp_path, autosave_seconds=3600, beat_by_hand=True
    )
    yield opener
    stop_windows(opener)


def type_at_end(window: MainWindow, text: str) -> None:
    editor = window.pane.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, text)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch):
    """The newsroom cannot take a save (as when its disk is full); undo() frees it."""
    real = stories.edit_story

    def refuse(*args, **kwargs):
        raise StoreError("The disk holding the newsroom is full: nothing was saved.")

    monkeypatch.setattr(stories, "edit_story", refuse)
    return lambda: monkeypatch.setattr(stories, "edit_story", real)


def kept_files() -> list[Path]:
    return sorted((paths.data_dir() / "unsaved").glob("*.*"))


def test_unsaveable_text_is_kept_in_one_pair_of_files_and_brought_back(
    qtbot, open_window, prompts, newsroom_uow, full_disk
):
    story_id = write_story(newsroom_uow, "ana", "Поплаве у Србији", "Сава је порасла ноћас.")
    window = open_window("ana")
    assert window.pane.show_story(story_id)
    type_at_end(window, " Пут је затворен.")
    assert not window.pane.autosave()
    type_at_end(window, " Возите опрезно.")
    assert not window.pane.autosave()  # a second failure writes over the first file
    banner = window.pane.banner.text()
    assert banner.startswith("Not saved: The disk holding the newsroom is full")
    assert [p.suffix for p in kept_files()] == [".json", ".txt"]
    txt = next(p for p in kept_files() if p.suffix == ".txt")
    assert "Сава је порасла ноћас. Пут је затворен. Возите опрезно." in txt.read_text("utf-8")
    record = json.loads(txt.with_suffix(".json").read_text("utf-8"))
    assert (record["person"], record["story"], record["base"]) == ("ana", story_id, 1)
    assert "password" not in record["newsroom"]
    prompts.answers = [True]  # close anyway
    window.close()
    assert queries.get_story(newsroom_uow, story_id).body.text == "Сава је порасла ноћас."

    full_disk()  # space freed; Ana opens Desk again
    again = open_window("ana")
    qtbot.waitUntil(lambda: bool(prompts.informed), timeout=3000)
    story = queries.get_story(newsroom_uow, story_id)
    assert story.body.text == "Сава је порасла ноћас. Пут је затворен. Возите опрезно."
    assert queries.get_revision(newsroom_uow, story_id, 2).label == RECOVERED_LABEL
    assert prompts.informed[-1] == (
        f"{story.slug}: the text Desk could not save is saved as revision 2."
    )
    assert kept_files() == []  # filed away under unsaved/recovered, not deleted
    assert len(list((paths.data_dir() / "unsaved" / "recovered").iterdir())) == 2
    again.close()


def left_unsaved(open_window, prompts: FakePrompts, newsroom_uow: UnitOfWork, full_disk) -> int:
    """Ana types a sentence the newsroom cannot take, closes Desk anyway, and the disk is freed;
    her story's id."""
    story_id = write_story(newsroom_uow, "ana", "Snow in Belgrade", "Snow fell overnight.")
    window = open_window("ana")
    assert window.pane.show_story(story_id)
    type_at_end(window, " Buses are late.")
    assert not window.pane.autosave()
    prompts.answers = [True]  # close anyway
    window.close()
    full_disk()
    return story_id


def test_kept_text_whose_story_moved_on_becomes_a_conflict_copy(
    qtbot, open_window, prompts, newsroom_uow, full_disk
):
    story_id = left_unsaved(open_window, prompts, newsroom_uow, full_disk)
    # Before she comes back, she files the story from her laptop: nobody holds it now.
    stories.act(newsroom_uow, "ana", story_id, Action.FILE)
    open_window("ana")
    qtbot.waitUntil(lambda: bool(prompts.informed), timeout=3000)
    story = queries.get_story(newsroom_uow, story_id)
    assert story.body.text == "Snow fell overnight." and story.state.value == "filed"
    copy = queries.get_revision(newsroom_uow, story_id, story.last_revision)
    assert copy.is_conflict and copy.text.body.text == "Snow fell overnight. Buses are late."
    assert prompts.informed[-1] == (
        f"snow-in-belgrade: the text Desk could not save is kept as conflict copy {copy.number}."
    )


def test_someone_elses_kept_text_is_left_alone(
    qtbot, open_window, prompts, newsroom_uow, full_disk
):
    left_unsaved(open_window, prompts, newsroom_uow, full_disk)
    open_window("marko")  # another person on this computer
    qtbot.wait(50)
    assert prompts.informed == []
    assert len(kept_files()) == 2
