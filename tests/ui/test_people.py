"""People and desks from the window: a chief adds them, others only look."""

from __future__ import annotations

from desk.services import newsroom
from desk.ui.people_dialog import PeopleDialog


def test_a_chief_adds_a_correspondent_and_a_desk(signed_in, newsroom_uow, prompts, qtbot):
    dialog = PeopleDialog(signed_in("vesna"))
    qtbot.addWidget(dialog)
    dialog.name.setText("jelena")
    dialog.display.setText("Јелена Петровић")
    dialog.role.setCurrentIndex(dialog.role.findData("correspondent"))
    dialog.add_person.click()
    dialog.desk_name.setText("Business")
    dialog.add_desk.click()
    assert prompts.errors == []
    added = {u.name: u for u in newsroom.list_users(newsroom_uow)}["jelena"]
    assert (added.display_name, added.role.value, added.has_password) == (
        "Јелена Петровић",
        "correspondent",
        False,
    )
    assert "Business" in [d.name for d in newsroom.list_desks(newsroom_uow)]
    assert "Јелена Петровић (jelena) — correspondent" in dialog.people.stringList()
    assert dialog.name.text() == ""


def test_a_taken_name_is_refused_with_a_message(signed_in, newsroom_uow, prompts, qtbot):
    dialog = PeopleDialog(signed_in("vesna"))
    qtbot.addWidget(dialog)
    before = len(newsroom.list_users(newsroom_uow))
    dialog.name.setText("ana")
    dialog.add_person.click()
    assert len(prompts.errors) == 1 and "ana" in prompts.errors[0]
    assert len(newsroom.list_users(newsroom_uow)) == before
    assert dialog.name.text() == "ana"  # kept, to be corrected


def test_others_see_the_lists_but_cannot_add(signed_in, qtbot):
    dialog = PeopleDialog(signed_in("milica"))
    qtbot.addWidget(dialog)
    assert not dialog.add_person.isEnabled() and not dialog.add_desk.isEnabled()
    assert dialog.add_desk.toolTip() == "Only a chief editor adds people and desks."
    assert "Politics" in dialog.desks.stringList()
