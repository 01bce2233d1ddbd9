"""Times as people type them, and password hashes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk.domain.passwords import hash_password, verify_password
from desk.domain.times import parse_time
from desk.errors import Invalid

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("now", NOW),
        ("+2h", NOW + timedelta(hours=2)),
        ("+ 30m", NOW + timedelta(minutes=30)),
        ("+1d", NOW + timedelta(days=1)),
        ("+1.5h", NOW + timedelta(minutes=90)),
        ("2026-11-30T14:00+01:00", datetime(2026, 11, 30, 13, 0, tzinfo=UTC)),
        ("2026-11-30 14:00Z", datetime(2026, 11, 30, 14, 0, tzinfo=UTC)),
    ],
)
def test_times(typed: str, expected: datetime) -> None:
    assert parse_time(typed, NOW) == expected


def test_a_clock_time_is_today_in_local_time() -> None:
    moment = parse_time("14:30", NOW)
    local = moment.astimezone()
    assert (local.hour, local.minute, local.date()) == (14, 30, NOW.astimezone().date())


def test_a_time_without_zone_is_local() -> None:
    moment = parse_time("2026-11-30 14:00", NOW)
    assert moment.tzinfo is not None
    assert moment.astimezone().replace(tzinfo=None) == datetime(2026, 11, 30, 14, 0)


@pytest.mark.parametrize("typed", ["soon", "25:00", "2026-13-01", "+2 fortnights", ""])
def test_unreadable_times_say_how_to_write_them(typed: str) -> None:
    with pytest.raises(Invalid, match="write it like"):
        parse_time(typed, NOW)


def test_password_hashes_are_salted_and_checked() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert verify_password("correct horse", first)
    assert not verify_password("correct horse!", first)
    assert not verify_password("x", "md5$abc")
    assert not verify_password("x", "garbage")
