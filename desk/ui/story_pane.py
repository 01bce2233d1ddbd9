"""The open story: who may edit it, its fields and body, live counts, and saving that never
loses a word (autosave every few seconds and when the focus leaves, Ctrl+S for a version)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.domain import workflow
from desk.domain.body import Image, Picture, counts
from desk.domain.story import State, Story
from desk.errors import DeskError
from desk.services import locks, newsroom, queries, stories
from desk.services.session import Newsroom
from desk.services.stories import Changes, Saved
from desk.ui import look, unsaved
from desk.ui.body_editor import BodyEditor
from desk.ui.controller import Change, Controller
from desk.ui.lock_view import LockView, conflict_text, lost_locks_text, merge_link
from desk.ui.story_form import StoryFormWidget

AUTOSAVE_SECONDS = 5
READING_WPM = 230


class StoryPane(QWidget):
    """Owns the open story and the person's unsaved changes to it, until they are saved."""

    storyShown = Signal(object)  # Story | None: the pane shows this story now
    saved = Signal(object)  # Saved
    edited = Signal(object)  # Story: as it would be with the person's unsaved text
    message = Signal(str)  # for the status bar
    mergeAsked = Signal(int, int)  # story id, conflict copy: the person asked to merge it

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        autosave_seconds: float = AUTOSAVE_SECONDS,
        heartbeat_seconds: float = workflow.HEARTBEAT.total_seconds(),
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.story: Story | None = None
        self._text_dirty = False
        self._details_dirty = False
        self._loading = False
        self._pictures: tuple[int, dict[str, Picture]] | None = None  # the open story's
        self._kept: dict[int, Path] = {}  # story -> the file its unsaveable text is kept in

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.lock_view = LockView()
        self.lock = self.lock_view.label
        self.lock_icon = self.lock_view.icon
        self.take_over_button = self.lock_view.take_over_button
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.badge)
        header.addStretch(1)
        header.addWidget(self.lock_view)

        self.banner = QLabel()
        self.banner.setObjectName("return-note")
        self.banner.setWordWrap(True)
        self.banner.linkActivated.connect(self._banner_link)
        self.banner.setStyleSheet(
            "background: #fef3c7; color: #78350f; padding: 6px; border-radius: 4px"
        )
        self.form = StoryFormWidget()
        self.editor = BodyEditor()
        self.editor.setObjectName("body-editor")
        self.counts = QLabel()
        self.counts.setObjectName("counts-label")
        self.empty = QLabel(self.tr("Choose a story from the list, or start a new one (Ctrl+N)."))
        self.empty.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.empty, 1)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(int(autosave_seconds * 1000))
        self.autosave_timer.timeout.connect(self.autosave)
        # While a story is open: renew the person's lease on its lock, or learn it has passed.
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(int(heartbeat_seconds * 1000))
        self.heartbeat_timer.timeout.connect(self._heartbeat_in_background)
        self.measure_timer = QTimer(self)
        self.measure_timer.setSingleShot(True)
        self.measure_timer.setInterval(150)
        self.measure_timer.timeout.connect(self._measure)
        self.form.textEdited.connect(self._text_edited)
        self.form.detailsEdited.connect(self._details_edited)
        self.editor.bodyChanged.connect(self._text_edited)
        app = QApplication.instance()
        self._shut = False
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        controller.changed.connect(self._on_change)
        self.refresh_choices()
        self._show(None)

    # Showing a story

    @property
    def story_id(self) -> int | None:
        return self.story.id if self.story else None

    @property
    def dirty(self) -> bool:
        return self._text_dirty or self._details_dirty

    def show_story(self, story_id: int | None) -> bool:
        """Open another story, saving this one's changes first. False if they could not be
        saved (the pane then stays on this story so nothing is lost)."""
        if story_id == self.story_id:
            return True
        if not self.flush():
            return False
        story = self.controller.query(queries.get_story, story_id) if story_id else None
        self._show(story)
        return True

    def reload(self) -> None:
        if self.story is None:
            return
        story = self.controller.query(queries.get_story, self.story.id)
        self._show(story, keep_editor=True)

    def _show(self, story: Story | None, *, keep_editor: bool = False) -> None:
        self._loading = True
        same = story is not None and self.story is not None and story.id == self.story.id
        self.story = story
        shown = story is not None
        for widget in (self.form, self.editor, self.counts, self.title, self.badge, self.lock_view):
            widget.setVisible(shown)
        if story is None:
            self.editor.set_editable(False)
            self.heartbeat_timer.stop()
        elif not same or not self.heartbeat_timer.isActive():
            self.heartbeat_timer.start()
        self.empty.setVisible(not shown)
        self.banner.setVisible(False)
        if story is not None:
            self.form.show_story(story, self.controller.now())
            if not (keep_editor and same and self.editor.body() == story.body):
                self.editor.set_body(story.body, self._pictures_of(story))
            self.title.setText(story.slug)
            self.title.setMinimumWidth(self.title.sizeHint().width())
            colour = look.STATE_COLOURS[story.state]
            self.badge.setText(
                f"<span style='background:{colour}; color:white'>&nbsp;"
                f"{look.state_name(story.state)}&nbsp;</span>"
            )
            self._show_lock(story)
            self._show_banner(story)
            self._tell_lost_locks(story)
            self._text_dirty = self._details_dirty = False
            # The editor holds the story's text now, whose words the story row counts.
            self._update_counts(story.word_count)
        self._loading = False
        self.storyShown.emit(story)

    def _pictures_of(self, story: Story) -> dict[str, Picture]:
        """The story's pictures, read with the story (once while it stays open: they can be a
        few megabytes and never change), and only if its body shows any."""
        if self._pictures is None or self._pictures[0] != story.id:
            self._pictures = None  # another story's go
            if not any(isinstance(block, Image) for block in story.body.blocks):
                return {}
            pictures = self.controller.query(queries.story_pictures, story.id)
            self._pictures = (story.id, pictures or {})
        return self._pictures[1]

    def _show_lock(self, story: Story) -> None:
        user = self.controller.user
        text_refusal = workflow.text_refusal(user, story)
        details_refusal = workflow.details_refusal(user, story)
        self.form.set_editable(text_refusal is None, details_refusal is None)
        self.editor.set_editable(text_refusal is None)
        self.lock_view.show_lock(story, user, self.controller.now())

    def _show_banner(self, story: Story) -> None:
        """A returned story says why, above the text, in the editor's own words."""
        if story.state is not State.RETURNED:
            return
        events = self.controller.query(queries.story_history, story.id) or []
        returned = [e for e in events if e.action == "return"]
        if returned:
            last = returned[-1]
            when = look.short_time(last.at, self.controller.now())
            self.banner.setText(
                self.tr("Returned by %1 at %2: %3")
                .replace("%1", last.actor)
                .replace("%2", when)
                .replace("%3", last.note)
            )
            self.banner.setVisible(True)

    def _tell_lost_locks(self, story: Story) -> None:
        """Once: whose action took the person's edit lock, and where their text went."""
        lost = self.controller.query(locks.lost_locks, self.controller.name, story.id)
        if not lost:
            return
        self.banner.setText(lost_locks_text(lost, self.controller.now()))
        self.banner.setVisible(True)
        self.controller.query(locks.mark_told, self.controller.name, story.id)

    def _banner_link(self, link: str) -> None:
        if (number := merge_link(link)) is not None and self.story is not None:
            self.mergeAsked.emit(self.story.id, number)

    def _heartbeat_in_background(self) -> None:
        """Every minute while a story is open: renew the person's lease on its edit lock (or see
        whose it is now), on the worker thread, so a slow server never stalls typing."""
        story = self.story
        if story is None:
            return
        self.controller.later(
            _renew, self.controller.name, story.id, then=lambda fresh: self._beaten(story.id, fresh)
        )

    def heartbeat(self) -> None:
        """One beat now, waiting for the newsroom's answer (the timer's beats do not wait)."""
        if (story := self.story) is not None:
            self._beaten(story.id, _renew(self.controller.uow, self.controller.name, story.id))

    def _beaten(self, story_id: int, fresh: Story | None) -> None:
        """The newsroom's answer to a beat for the story `story_id`. A lock that passed to
        someone else while they were writing takes their unsaved text as a conflict copy at
        once, and the pane says so."""
        story = self.story
        if fresh is None or self._shut or story is None or story.id != story_id:
            return  # the newsroom could not be reached, or the pane has moved on meanwhile
        if fresh.revision < story.revision:
            return  # read before the pane's own save came back: the next beat will tell
        if fresh.lock_holder == story.lock_holder and fresh.revision == story.revision:
            self.story = replace(story, lock_seen=fresh.lock_seen)
            self._show_lock(self.story)  # "seen 14:02" moves on; a stale lock shows as such
            edited = self.as_edited()
            self.edited.emit(edited)  # the window re-weighs its actions (Take Over, say)
            return
        if self.dirty:
            self.autosave()  # kept as a conflict copy if it is no longer theirs to write
        else:
            self.reload()

    def _update_counts(self, words: int | None = None) -> None:
        """The line under the body: words and reading time, of the text in the editor as the
        person has it now (`words`: its count when already known)."""
        if self.story is None:
            return
        if words is None:
            words = counts(self.editor.body().text).words
        minutes = max(1, round(words / READING_WPM)) if words else 0
        fit = replace(self.story, word_count=words).copyfit
        parts = [
            look.count(words, self.tr("word"), self.tr("words")),
            self.tr("%1 min read").replace("%1", str(minutes)),
        ]
        if fit.target:
            colour = look.fit_colour(fit.fit)
            shade = colour.name() if colour else ""
            parts.append(f"<span style='color:{shade}'>{fit.describe()}</span>")
        self.counts.setText(" · ".join(parts))

    # Editing and saving

    def _text_edited(self) -> None:
        if self._loading or self.story is None:
            return
        self._text_dirty = True
        self.autosave_timer.start()
        self.measure_timer.start()  # counting a long story on every key press would lag

    def _measure(self) -> None:
        if self.story is not None:
            self._update_counts()
            self.edited.emit(self.as_edited())

    def _details_edited(self) -> None:
        if self._loading or self.story is None:
            return
        self._details_dirty = True
        self.autosave_timer.start()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.dirty and (new is None or not self.isAncestorOf(new)):
            self.autosave()

    def as_edited(self) -> Story | None:
        """The open story with the text on screen (so File can be offered as soon as the
        headline, byline and body are there, before anything is saved)."""
        if self.story is None:
            return None
        fields = {k: v for k, v in self.form.text_changes().items()}
        text = replace(self.story.text, **fields, body=self.editor.body())
        return replace(self.story, text=text)

    def autosave(self) -> bool:
        return self.save(autosave=True) if self.dirty else True

    def flush(self) -> bool:
        """Save whatever is unsaved (before switching stories or closing)."""
        return self.autosave()

    def save(self, *, autosave: bool = False, label: str = "") -> bool:
        """Save the person's changes: text as a revision based on the one they started from,
        details beside it. True when nothing is left unsaved."""
        story = self.story
        if story is None:
            return True
        self.autosave_timer.stop()
        changes = self.form.detail_changes() if self._details_dirty else Changes()
        if self._text_dirty or not autosave:
            text = self.form.text_changes()
            body = self.editor.body()
            if body != story.body:
                text["body"] = body
            changes = replace(changes, **text)
        if not changes.given() and (autosave or not label):
            self._text_dirty = self._details_dirty = False
            if not autosave:
                self.message.emit(self.tr("Nothing new to save."))
            return True
        saved: Saved | None = self.controller.do(
            stories.edit_story,
            story.id,
            changes,
            base_revision=story.revision,
            autosave=autosave,
            label=label,
            stories=[story.id],
            quiet=autosave,
        )
        if saved is None:
            if autosave:
                self._not_saved(self.controller.last_error)
            return False
        self._text_dirty = self._details_dirty = False
        if kept := self._kept.pop(story.id, None):
            unsaved.saved_since(kept)  # everything in it is in the newsroom now
        if saved.conflict:
            self.controller.prompts.error(conflict_text(saved, self.controller.name))
            self._show(saved.story)
        else:
            self._show(saved.story, keep_editor=True)
        when = look.short_time(self.controller.now(), self.controller.now())
        if autosave:
            self.message.emit(self.tr("Saved automatically at %1").replace("%1", when))
        else:
            self.message.emit(self.tr("Saved as revision %1").replace("%1", str(saved.revision)))
        self.saved.emit(saved)
        return True

    def save_version(self, label: str = "") -> bool:
        """Ctrl+S: keep the text as a version of its own (autosaves are merged, versions not)."""
        return self.save(autosave=False, label=label)

    def shut(self) -> None:
        """The window is closing: no more saving on timers or focus changes."""
        self.autosave_timer.stop()
        self.measure_timer.stop()
        self.heartbeat_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._shut:
            app.focusChanged.disconnect(self._focus_changed)
        self._shut = True  # a window closed twice (a benchmark's, a test's) lets go once

    def _not_saved(self, reason: str) -> None:
        """Say, above the text, that it is not in the newsroom and where a copy is."""
        kept = self.keep_unsaved()
        text = self.tr("Not saved: %1").replace("%1", reason)
        if kept is not None:
            text += " " + self.tr("Your text is kept in %1.").replace("%1", str(kept))
        elif self._text_dirty:
            text += " " + self.tr(
                "It could not be kept in a file either: it stays here on screen, and Desk "
                "tries again as you go on."
            )
        self.banner.setText(text)
        self.banner.setVisible(True)
        self.message.emit(text)

    def keep_unsaved(self) -> Path | None:
        """When the text cannot go into the newsroom (the disk is full, the server is down),
        write it to a file of its own in the data folder so no word is lost, and so the next
        start brings it back; the file's path."""
        story = self.as_edited()
        if story is None or self.story is None or not self._text_dirty:
            return None
        now, over = self.controller.now(), self._kept.get(story.id)
        kept = unsaved.keep(self.controller, story, self.story.revision, now, over)
        if kept is not None:
            self._kept[story.id] = kept  # the next failure writes over it, not beside it
        return kept

    def _on_change(self, change: Change) -> None:
        if self.story is None or not change.touches(self.story.id) or change.notes:
            return
        if self.dirty:
            return  # our unsaved text wins on screen; the save will meet the change
        self.reload()

    def refresh_choices(self) -> None:
        """The desks and people the form offers (after a chief added some)."""
        self.form.set_desks(self._desk_names())
        people = self.controller.query(newsroom.list_users) or []
        self.form.set_people([(u.name, f"{u.label} ({u.name})") for u in people])
        if self.story is not None and not self.dirty:
            self.form.show_story(self.story, self.controller.now())

    def _desk_names(self) -> list[str]:
        desks = self.controller.query(newsroom.list_desks) or []
        return [d.name for d in desks]


def _renew(handle: Newsroom, actor: str, story_id: int) -> Story | None:
    """The heartbeat's work, on whichever thread runs it: None if the newsroom cannot be reached
    now (the next beat or save will tell)."""
    try:
        return locks.keep_lock(handle, actor, story_id)
    except DeskError:
        return None
