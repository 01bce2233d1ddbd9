"""Where Desk keeps its data: the one place that knows the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Desk"
DATABASE_ENV = "DESK_DATABASE_URL"
DATA_ENV = "DESK_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    """The folder for the local newsroom database and its backups."""
    if override := os.environ.get(DATA_ENV):
        return Path(override)
    from platformdirs import user_data_path  # imported late: `desk --version` stays quick

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "newsroom.sqlite"


def backups_dir(database: Path) -> Path:
    """Where copies of a local newsroom go: `backups` beside its file, the folder that also
    holds the copy written before a schema upgrade. Daily copies live in its `daily` folder."""
    return database.parent / "backups"


def database_url(explicit: str | None = None) -> str:
    """The newsroom to open: --db, else DESK_DATABASE_URL, else the local file."""
    if explicit:
        return explicit
    if from_env := os.environ.get(DATABASE_ENV):
        return from_env
    return f"sqlite:///{default_database_path()}"


def settings_path() -> Path:
    """The window's remembered state: layout, the last newsroom, the last person."""
    if os.environ.get(DATA_ENV):
        return data_dir() / "desk.ini"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "desk.ini"


def cache_dir() -> Path:
    """Things Desk can rebuild (the sample newsroom)."""
    if os.environ.get(DATA_ENV):
        return data_dir() / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """What Desk ships beside its code: icons, the house Word template, translations."""
    return Path(__file__).resolve().parent.parent / "resources"
