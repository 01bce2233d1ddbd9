"""Errors a person may see: each carries a message written for them, not a traceback."""

from __future__ import annotations


class DeskError(Exception):
    """Something Desk refused or could not do; str(error) is the sentence to show."""


class Invalid(DeskError):
    """Input that cannot be used (a bad time, an unknown desk, an empty headline)."""


class NotFound(DeskError):
    """A story, user, desk, revision or note that does not exist."""


class Refused(DeskError):
    """The workflow, a role or the edit lock does not allow this now."""


class SignInFailed(DeskError):
    """Unknown user or wrong password."""


class StoreError(DeskError):
    """The newsroom database cannot be opened or used (missing, newer, damaged, read-only)."""


class WriteFailed(DeskError):
    """A file Desk was asked to write (an export, a backup) could not be written; whatever was
    at that path before is untouched, and nothing half-written is left beside it."""
