"""The newsroom's people and desks, and (for a chief editor) adding to them."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.story import Role
from desk.services import newsroom
from desk.ui.controller import Change, Controller
from desk.ui.start_dialogs import ROLE_NAMES


class PeopleDialog(QDialog):
    """Shows who works in the newsroom and its desks; a chief editor adds people and desks
    here (everyone else sees the lists read-only, with the reason)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("People and desks"))
        chief = controller.user.role is Role.CHIEF
        self.people = QStringListModel(self)
        self.desks = QStringListModel(self)
        people_view, desks_view = QListView(), QListView()
        people_view.setModel(self.people)
        desks_view.setModel(self.desks)
        for view in (people_view, desks_view):
            view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("login name, e.g. ana"))
        self.display = QLineEdit()
        self.display.setPlaceholderText(self.tr("as printed, e.g. Ana Ilić"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self.tr(ROLE_NAMES[role]), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.add_person = QPushButton(self.tr("Add person"))
        self.add_person.clicked.connect(self._add_person)
        person_form = QFormLayout()
        person_form.addRow(self.tr("Name"), self.name)
        person_form.addRow(self.tr("Shown as"), self.display)
        person_form.addRow(self.tr("Role"), self.role)
        person_form.addRow(self.tr("Password"), self.password)
        person_form.addRow(self.add_person)

        self.desk_name = QLineEdit()
        self.desk_name.setPlaceholderText(self.tr("e.g. Business"))
        self.add_desk = QPushButton(self.tr("Add desk"))
        self.add_desk.clicked.connect(self._add_desk)
        desk_row = QHBoxLayout()
        desk_row.addWidget(self.desk_name)
        desk_row.addWidget(self.add_desk)

        people_box, desks_box = QGroupBox(self.tr("People")), QGroupBox(self.tr("Desks"))
        left, right = QVBoxLayout(people_box), QVBoxLayout(desks_box)
        left.addWidget(people_view)
        left.addLayout(person_form)
        right.addWidget(desks_view)
        right.addLayout(desk_row)
        for widget in (self.name, self.display, self.role, self.password, self.add_person,
                       self.desk_name, self.add_desk):  # fmt: skip
            widget.setEnabled(chief)
            if not chief:
                widget.setToolTip(self.tr("Only a chief editor adds people and desks."))
        columns = QHBoxLayout()
        columns.addWidget(people_box, 3)
        columns.addWidget(desks_box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not chief:
            layout.addWidget(QLabel(self.tr("Only a chief editor adds people and desks.")))
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.refresh()

    def refresh(self) -> None:
        users = self.controller.query(newsroom.list_users) or []
        self.people.setStringList(
            [f"{u.label} ({u.name}) — {self.tr(ROLE_NAMES[u.role])}" for u in users]
        )
        desks = self.controller.query(newsroom.list_desks) or []
        self.desks.setStringList([d.name for d in desks])

    def _add_person(self) -> None:
        added = self.controller.do(
            newsroom.add_user,
            self.name.text().strip(),
            self.role.currentData(),
            display_name=self.display.text().strip(),
            password=self.password.text() or None,
        )
        if added is not None:
            for field in (self.name, self.display, self.password):
                field.clear()
            self.refresh()
            self.controller.announce(Change())

    def _add_desk(self) -> None:
        added = self.controller.do(newsroom.add_desk, self.desk_name.text().strip())
        if added is not None:
            self.desk_name.clear()
            self.refresh()
            self.controller.announce(Change())
