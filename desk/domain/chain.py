"""The history chain: each event's hash seals its own content and the hash of the event before it.

Pure functions, no database. The encoding below is frozen: every newsroom's stored hashes were
computed with it, so a change here would make every history look rewritten.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import NamedTuple

GENESIS = "0" * 64  # what the first event of a newsroom chains from
# One encoder for every link: `desk check` hashes the whole history, and making an encoder per
# call was a fifth of its time.
_JSON = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"))


class Link(NamedTuple):
    """One history event as the chain sees it: the stored columns, ids rather than names."""

    id: int
    story_id: int
    actor_id: int
    action: str
    from_state: str | None
    to_state: str | None
    at: datetime
    note: str


def encode(previous: str, link: Link) -> bytes:
    """An unambiguous byte string for one link: a compact JSON array (strings quoted and
    escaped, null distinct from "", ASCII only), the time as UTC ISO 8601 with microseconds."""
    if link.at.tzinfo is None:
        raise ValueError("the history chain takes only timezone-aware times")
    at = link.at.astimezone(UTC).isoformat(timespec="microseconds")
    fields = [
        "desk-history-1",
        previous,
        link.id,
        link.story_id,
        link.actor_id,
        link.action,
        link.from_state,
        link.to_state,
        at,
        link.note,
    ]
    return _JSON.encode(fields).encode("ascii")


def link_hash(previous: str, link: Link) -> str:
    """The hash of `link` chained after the event whose hash is `previous` (GENESIS for the
    first)."""
    return hashlib.sha256(encode(previous, link)).hexdigest()
