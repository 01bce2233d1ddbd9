"""Times as people type them: "2026-11-30 14:00", "14:00", "+2h", "now"; local unless a zone is given."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from desk.errors import Invalid

_RELATIVE = re.compile(r"\+\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)", re.I)
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
EXAMPLES = '"2026-11-30 14:00", "14:00" (today), "+2h", "+30m", "+1d" or "now"'


def parse_time(text: str, now: datetime) -> datetime:
    """An aware datetime for what was typed; `now` must be aware."""
    value = text.strip()
    if value.lower() == "now":
        return now
    if match := _RELATIVE.fullmatch(value):
        amount, unit = float(match.group(1)), _UNITS[match.group(2).lower()]
        return now + timedelta(**{unit: amount})
    if match := _CLOCK.fullmatch(value):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return now.astimezone().replace(hour=hour, minute=minute, second=0, microsecond=0)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(f"Cannot read {text!r} as a time; write it like {EXAMPLES}.") from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's own zone
    return moment
