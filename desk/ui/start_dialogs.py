"""The questions asked before the window opens: which newsroom (first run) and who you are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.story import Role, User

EMPTY, SAMPLE = "empty", "sample"

ROLE_NAMES = {
    Role.CORRESPONDENT: "correspondent",
    Role.EDITOR: "editor",
    Role.CHIEF: "chief editor",
}


class FirstRunDialog(QDialog):
    """Offers a new empty newsroom or the sample one, the first time Desk starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Desk"))
        self.choice = ""
        intro = QLabel(
            self.tr(
                "<h3>Welcome to Desk</h3><p>Desk keeps your newsroom's stories on this computer."
                " Start an empty newsroom for real work, or open the sample newsroom to try "
                "Desk with stories, people and desks already in it.</p>"
            )
        )
        intro.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Start an empty newsroom"))
        self.sample_button = QPushButton(self.tr("Open the sample newsroom"))
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        self.sample_button.clicked.connect(lambda: self._choose(SAMPLE))
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.sample_button)
        layout.addWidget(cancel)
        self.setMinimumWidth(440)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class SignInDialog(QDialog):
    """Picks who is signing in; asks for a password only where one is set."""

    def __init__(
        self,
        users: list[User],
        check,  # (name, password | None) -> str | None: the refusal, or None when signed in
        last: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Desk"))
        self._users = {u.name: u for u in users}
        self._check = check
        self.user: User | None = None
        self.people = QComboBox()
        self.people.setObjectName("sign-in-people")
        for user in sorted(users, key=lambda u: (-u.role.rank, u.label.casefold())):
            role = self.tr(ROLE_NAMES[user.role])
            self.people.addItem(f"{user.label} — {role}", user.name)
        if last and (found := self.people.findData(last)) >= 0:
            self.people.setCurrentIndex(found)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel(self.tr("Password"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Who are you?"), self.people)
        form.addRow(self.password_label, self.password)
        self.form = form
        intro = QLabel(
            self.tr("Choose who you are. Desk shows the queues and actions of your role.")
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.people.currentIndexChanged.connect(self._person_changed)
        self._person_changed()
        self.setMinimumWidth(380)

    def _person_changed(self) -> None:
        user = self._users.get(self.people.currentData())
        needs = bool(user and user.has_password)
        self.form.setRowVisible(self.password, needs)
        self.password.clear()
        self.problem.clear()
        self.problem.hide()
        (self.password if needs else self.people).setFocus(Qt.FocusReason.OtherFocusReason)

    def _try(self) -> None:
        name = self.people.currentData()
        user = self._users.get(name)
        if user is None:
            return
        refusal = self._check(name, self.password.text() if user.has_password else None)
        if refusal:
            self.problem.setText(refusal)
            self.problem.show()
            self.password.selectAll()
            return
        self.user = user
        self.accept()
