"""Help: the workflow table as the newsroom runs it, and About Desk."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desk import __version__
from desk.domain.workflow import TABLE
from desk.ui import look


def workflow_html() -> str:
    """DESIGN's workflow table, generated from the rules the newsroom actually enforces."""
    rows = []
    for t in TABLE:
        sources = ", ".join(look.state_name(s) for s in t.sources) or "—"
        target = look.state_name(t.target) if t.target else "the state it left"
        cells = [t.action.value, sources, target, t.who.value, t.gate or ""]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th align=left>{h}</th>" for h in ("Action", "From", "To", "Who", "Gate"))
    return (
        "<h2>How a story moves</h2>"
        "<p>Correspondents write and file; editors claim filed copy, edit it, return it with a "
        "note or approve it; the chief editor schedules, publishes, corrects and kills. Only "
        "the holder of a story's edit lock may change its text.</p>"
        f"<table cellspacing=0 cellpadding=4 border=1><tr>{head}</tr>{''.join(rows)}</table>"
        "<p>A greyed-out action says why in its tooltip.</p>"
    )


class HelpDialog(QDialog):
    """Shows one page of help in a browser that follows the palette."""

    def __init__(self, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 560)


def about_html() -> str:
    return (
        f"<h2>Desk {__version__}</h2><p>A desktop newsroom: correspondents file, editors "
        "edit, the chief publishes, and nothing is ever lost.</p>"
    )
