"""The newsroom itself: starting one, its people and desks, and signing in."""

from __future__ import annotations

import re

from desk.domain.fields import clean_line
from desk.domain.passwords import hash_password, verify_password
from desk.domain.story import Desk, Role, User
from desk.errors import Invalid, Refused, SignInFailed
from desk.storage.uow import UnitOfWork

_NAME = re.compile(r"[^\W][\w.\-]{0,63}")


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise Invalid(
            f"{name!r} cannot be a user name: use up to 64 letters, digits, dots, dashes "
            "or underscores, starting with a letter or digit."
        )
    return name


def _role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise Invalid(
            f"Unknown role {value!r}; a role is correspondent, editor or chief."
        ) from None


def _only_chief(uow: UnitOfWork, actor: str, what: str) -> None:
    """Managing people and desks is the chief editor's (DESIGN: roles)."""
    if uow.users.get(actor).role is not Role.CHIEF:
        raise Refused(f"Only a chief editor can {what}.")


def is_started(uow: UnitOfWork) -> bool:
    with uow.reading():
        return uow.users.count() > 0


def start_newsroom(uow: UnitOfWork, chief: str, display_name: str = "") -> User:
    """A new newsroom's first person, its chief editor (a local newsroom: the login name)."""
    with uow:
        if uow.users.count():
            raise Refused("This newsroom has already been set up.")
        user = uow.users.add(_check_name(chief), Role.CHIEF, uow.clock(), display_name)
        uow.commit()
        return user


def add_user(
    uow: UnitOfWork,
    actor: str,
    name: str,
    role: str | Role,
    *,
    display_name: str = "",
    password: str | None = None,
) -> User:
    """Only a chief editor adds people."""
    with uow:
        _only_chief(uow, actor, "add people to the newsroom")
        if uow.users.find(_check_name(name)):
            raise Invalid(f"There is already a user called {name!r}.")
        hashed = hash_password(password) if password else None
        display = clean_line(display_name, "byline")
        user = uow.users.add(name, _role(role), uow.clock(), display, hashed)
        uow.commit()
        return user


def set_password(uow: UnitOfWork, actor: str, name: str, password: str | None) -> None:
    """People set their own password; a chief editor may set anyone's."""
    with uow:
        if actor != name:
            _only_chief(uow, actor, "set someone else's password")
        uow.users.get(name)
        uow.users.set_password_hash(name, hash_password(password) if password else None)
        uow.commit()


def sign_in(uow: UnitOfWork, name: str, password: str | None) -> User:
    """The user, if the password is right (people without a password need none)."""
    with uow.reading():
        user = uow.users.find(name)
        stored = uow.users.password_hash(name) if user else None
    if user is None:
        raise SignInFailed(
            f"There is no user called {name!r} in this newsroom; "
            f"a chief editor can add one with: desk user add {name} --role correspondent"
        )
    if stored is not None and (password is None or not verify_password(password, stored)):
        raise SignInFailed(
            f"Wrong password for {name}." if password else f"{name} needs a password."
        )
    return user


def needs_password(uow: UnitOfWork, name: str) -> bool:
    with uow.reading():
        return uow.users.password_hash(name) is not None


def list_users(uow: UnitOfWork) -> list[User]:
    with uow.reading():
        return uow.users.all()


def add_desk(uow: UnitOfWork, actor: str, name: str) -> Desk:
    with uow:
        _only_chief(uow, actor, "add a desk")
        name = clean_line(name, "tag")
        if not name:
            raise Invalid("A desk needs a name.")
        if any(d.name.lower() == name.lower() for d in uow.desks.all()):
            raise Invalid(f"There is already a desk called {name!r}.")
        desk = uow.desks.add(name)
        uow.commit()
        return desk


def list_desks(uow: UnitOfWork) -> list[Desk]:
    with uow.reading():
        return uow.desks.all()
