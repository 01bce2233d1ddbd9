"""What the concurrency bench finds: the finished newsroom checked against every worker's log,
the figures of the attempts, and the table of both."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

from concurrency_newsroom import connection  # bench/ is on the path when a bench script runs
from concurrency_workload import LOCKED_WORDS

TOKEN = re.compile(r"tok[ -]([0-9a-f]{32})")

# History events by the name of the attempt that leaves them (every details change here
# writes a new tag, so each one leaves an "update").
LOGGED_AS = {"save": "edit", "conflict": "edit", "update": "details"}
# Events that change a story's text or details without moving it.
STAYS = ("save", "conflict", "update", "restore")


def _database(db: str) -> dict[str, Any]:
    """Everything the checks compare the logs with, read in one go."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from desk.domain.body import Body
    from desk.storage.models import CommentRow, HistoryRow, RevisionRow, StoryRow, UserRow
    from desk.storage.store import open_store

    store = open_store(db, create=False)
    author = aliased(UserRow)
    try:
        with connection(store.engine) as con:
            history = con.execute(
                select(HistoryRow.id, HistoryRow.story_id, UserRow.name, HistoryRow.action,
                       HistoryRow.from_state, HistoryRow.to_state, HistoryRow.note)
                .join(UserRow, UserRow.id == HistoryRow.actor_id).order_by(HistoryRow.id)
            ).all()  # fmt: skip
            comments = con.execute(select(CommentRow.id, CommentRow.text)).all()
            revisions = [
                (story_id, number, base, kind, name, headline, Body.from_data(body).text)
                for story_id, number, base, kind, name, headline, body in con.execute(
                    select(
                        RevisionRow.story_id,
                        RevisionRow.number,
                        RevisionRow.base,
                        RevisionRow.kind,
                        UserRow.name,
                        RevisionRow.headline,
                        RevisionRow.body,
                    )
                    .join(UserRow, UserRow.id == RevisionRow.author_id)
                    .order_by(RevisionRow.story_id, RevisionRow.number)
                )
            ]
            stories = {
                row.id: row
                for row in con.execute(
                    select(
                        StoryRow.id,
                        StoryRow.state,
                        StoryRow.revision,
                        StoryRow.last_revision,
                        StoryRow.headline,
                        StoryRow.body_text,
                        author.name.label("author"),
                    ).join(author, author.id == StoryRow.author_id)
                )
            }
    finally:
        store.close()
    return {"history": history, "comments": comments, "revisions": revisions, "stories": stories}


def verify(folder: Path, plan: dict[str, Any]) -> dict[str, Any]:
    """Compare what the workers were told with what the database holds."""
    entries = []
    for path in sorted(Path(plan["logs"]).glob("*.jsonl")):
        entries += [json.loads(line) for line in path.read_text().splitlines()]
    marks = plan["marks"]
    data = _database(plan["db"])
    found: Counter[str] = Counter()
    for row_id, text in data["comments"]:
        if row_id > marks["comments"]:
            found.update(TOKEN.findall(text))
    saved_at: dict[str, tuple[int, int, str]] = {}  # token -> story, revision number, kind
    for story_id, number, _base, kind, _author, _headline, text in data["revisions"]:
        for token in TOKEN.findall(text):
            found[token] += 1
            saved_at[token] = (story_id, number, kind)
    done: Counter[tuple[str, int, str]] = Counter()
    for row_id, story_id, actor, action, _from, _to, note in data["history"]:
        if row_id <= marks["history"]:
            continue
        # A change of details says "tags: OLD → NEW": only the new tag is this action's.
        found.update(TOKEN.findall(note.rsplit("→", 1)[-1] if action == "update" else note))
        done[(actor, story_id, LOGGED_AS.get(action, action))] += 1

    accepted = [e for e in entries if e["outcome"] == "accepted"]
    refused = [e for e in entries if e["outcome"] == "refused"]
    errors = [e for e in entries if e["outcome"] == "error"]
    logged = {e["token"] for e in entries}
    lost = [e for e in accepted if _tokened(e) and found[e["token"]] == 0]
    duplicated = [e for e in accepted if found[e["token"]] > 1]
    traces = [e for e in refused + errors if found[e["token"]] > 0]
    phantoms = [t for t in found if t not in logged]
    # A save the services reported is in the revision they named, as the kind they said.
    misplaced = [
        {**e, "stored": saved_at.get(e["token"])}
        for e in accepted
        if e["action"] == "edit" and "revision" in e and e["token"] in saved_at
        and saved_at[e["token"]] != (e["story"], e["revision"],
                                     "conflict" if e["conflict"] else "save")
    ]  # fmt: skip
    # Each person's accepted actions per story, against the history one to one.
    claimed: Counter[tuple[str, int, str]] = Counter(
        (e["user"], e["story"], e["action"]) for e in accepted if e["action"] != "comment"
    )
    mismatched = {
        f"{k[0]} {k[2]} story {k[1]}": (claimed[k], done[k])
        for k in set(claimed) | set(done)
        if claimed[k] != done[k]
    }
    broken = invalid_history(data["history"], data["stories"])
    overwritten = revision_problems(data["revisions"], data["stories"])
    locked = [e for e in errors if any(w in e.get("message", "") for w in LOCKED_WORDS)]
    return {
        "attempted": len(entries),
        "accepted": len(accepted),
        "refused": len(refused),
        "errors": len(errors),
        "refusals_by_reason": dict(Counter(_reason(e) for e in refused).most_common()),
        "accepted_by_action": dict(Counter(e["action"] for e in accepted).most_common()),
        "accepted_by_user": dict(Counter(e["user"] for e in accepted).most_common()),
        "attempted_by_user": dict(Counter(e["user"] for e in entries).most_common()),
        "conflict_copies": sum(1 for e in accepted if e.get("conflict")),
        "lost_updates": len(lost) + len(overwritten),
        "duplicated": len(duplicated),
        "misplaced_saves": len(misplaced),
        "refused_with_a_trace": len(traces),
        "phantoms": len(phantoms),
        "history_mismatches": len(mismatched),
        "invalid_states": len(broken),
        "locked_errors": len(locked),
        "unexpected_errors": len(errors) - len(locked),
        "figures": figures(entries),
        "entries": entries,
        "examples": {
            "lost": lost[:5], "overwritten": overwritten[:5], "duplicated": duplicated[:5],
            "misplaced": misplaced[:5], "traces": traces[:5], "phantoms": phantoms[:5],
            "mismatched": dict(list(mismatched.items())[:5]), "invalid": broken[:10],
            "errors": errors[:10],
        },
    }  # fmt: skip


def invalid_history(history: list[Any], stories: dict[int, Any]) -> list[str]:
    """Every event the workflow table does not allow, every break in a story's chain of states,
    every save by someone not holding the edit lock, and every story not in the state its
    history ends in, in words. The edit lock is followed through the history as the workflow
    hands it over (the setup and the workers assign nobody, so the writer is the author)."""
    from desk.domain.story import State
    from desk.domain.workflow import TRANSITIONS, WRITER_STATES, Action

    broken = []
    last: dict[int, str | None] = {}
    holder: dict[int, str | None] = {}
    left: dict[int, str] = {}  # the state a spiked story left
    for row_id, story_id, actor, action, from_state, to_state, _note in history:
        where = f"story {story_id}, event {row_id} ({action} by {actor}, {from_state}→{to_state})"
        if story_id in last and from_state != last[story_id]:
            broken.append(f"{where}: the story was {last[story_id]}")
        if action == "create":
            allowed = story_id not in last and from_state is None and to_state == "draft"
        elif action in STAYS:
            allowed = from_state == to_state is not None
            if action == "save" and holder.get(story_id) != actor:
                broken.append(
                    f"{where}: saved while {holder.get(story_id) or 'nobody'} held the lock"
                )
            if action == "save" and from_state not in ("draft", "returned", "editing"):
                broken.append(f"{where}: saved text of a {from_state} story")
        else:
            t = TRANSITIONS.get(Action(action)) if action in tuple(Action) else None
            target = t and (t.target.value if t.target else left.get(story_id))
            allowed = bool(t and State(from_state) in t.sources and to_state == target)
        if not allowed:
            broken.append(f"{where}: not a move the workflow table allows")
        if action == "spike":
            left[story_id] = from_state
        if action not in STAYS:  # the lock moves as workflow.lock_holder_after says
            state = State(to_state)
            holder[story_id] = (
                stories[story_id].author if state in WRITER_STATES
                else actor if state is State.EDITING else None
            )  # fmt: skip
        last[story_id] = to_state
    for story_id, row in stories.items():
        if last.get(story_id) != row.state:
            broken.append(f"story {story_id} is {row.state}, its history ends {last.get(story_id)}")
    return broken


def revision_problems(revisions: list[Any], stories: dict[int, Any]) -> list[str]:
    """Lost updates in the revisions: numbers not 1..N, a save not based on the revision it
    replaced (two saves on one base, the second overwriting the first), or a story whose text
    is not its latest saved revision."""
    problems = []
    by_story: dict[int, list[Any]] = defaultdict(list)
    for row in revisions:
        by_story[row[0]].append(row)
    for story_id, row in stories.items():
        rows = by_story.get(story_id, [])
        numbers = [r[1] for r in rows]
        if numbers != list(range(1, row.last_revision + 1)):
            problems.append(f"story {story_id}: revisions {numbers}, last {row.last_revision}")
        kept = [r for r in rows if r[3] != "conflict"]
        for before, after in pairwise(kept):
            if after[2] != before[1]:
                problems.append(f"story {story_id}: revision {after[1]} by {after[4]} was based "
                                f"on {after[2]}, not on {before[1]}, which it replaced")  # fmt: skip
        if not kept or kept[-1][1] != row.revision:
            problems.append(f"story {story_id} shows revision {row.revision}, its latest saved "
                            f"one is {kept[-1][1] if kept else None}")  # fmt: skip
        elif (kept[-1][5], kept[-1][6]) != (row.headline, row.body_text):
            problems.append(f"story {story_id}: its text is not that of revision {row.revision}")
    return problems


def _tokened(entry: dict[str, Any]) -> bool:
    """Whether the action leaves its token behind: the window takes claim, release, approve,
    reopen and spike without a note, so those are checked by the history counts alone."""
    return not (entry["user"] == "win1" and entry["action"] not in ("edit", "comment", "return",
                                                                      "correct"))  # fmt: skip


def _reason(entry: dict[str, Any]) -> str:
    """A refusal's reason without the story's particulars, for counting."""
    message = re.sub(r"\d+", "N", entry.get("message", ""))
    message = re.sub(r"\b(w|cli|win|race)N\b", "someone", message)
    return f"{entry['action']}: {message[:90]}"


def _percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1], 1)


def figures(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Per action: accepted and refused, and the p50/p95 time of the call in milliseconds
    (the time of the services or the command, not of the reading before it)."""
    kinds: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        if e["outcome"] in ("accepted", "refused") and "ms" in e:
            kinds[e["action"]][e["outcome"]].append(e["ms"])
            kinds["all"][e["outcome"]].append(e["ms"])
    return {
        action: {
            "accepted": len(times["accepted"]),
            "refused": len(times["refused"]),
            "accepted_p50_ms": _percentile(times["accepted"], 0.50),
            "accepted_p95_ms": _percentile(times["accepted"], 0.95),
            "refused_p50_ms": _percentile(times["refused"], 0.50),
            "refused_p95_ms": _percentile(times["refused"], 0.95),
        }
        for action, times in sorted(kinds.items(), key=lambda kv: -len(kv[1]["accepted"]))
    }


MUST_BE_ZERO = ("lost_updates", "duplicated", "misplaced_saves", "refused_with_a_trace",
                "phantoms", "history_mismatches", "invalid_states", "locked_errors",
                "unexpected_errors")  # fmt: skip


def failures(result: dict[str, Any]) -> list[str]:
    """Every count that must be zero and is not, and every race without a single winner."""
    found = [f"{name}: {result[name]}" for name in MUST_BE_ZERO if result[name]]
    if not result["check_ok"]:
        found.append(f"desk check: {result['check_output']}")
    found += result["crashed_workers"]
    race = result["race"]
    if race["single_winners"] != race["rounds"]:
        found.append(f"claim races: {race['single_winners']} of {race['rounds']} single winners")
    return found


def table(result: dict[str, Any]) -> str:
    race = result["race"]
    rows = [
        ("database", result["database"]),
        ("processes (services + cli + window)", f"{result['processes']} ({result['service_workers']}"
         f" + {result['cli_workers']} + {result['window_workers']})"),
        ("stories", result["stories"]),
        ("seconds", result["seconds"]),
        ("actions attempted", result["attempted"]),
        ("actions accepted", result["accepted"]),
        ("actions refused", result["refused"]),
        ("accepted actions per second", result["actions_per_second"]),
        ("refusals per second", result["refusals_per_second"]),
        ("conflict copies kept", result["conflict_copies"]),
        ("lost updates", result["lost_updates"]),
        ("duplicated", result["duplicated"]),
        ("saves not where reported", result["misplaced_saves"]),
        ("refused but left a trace", result["refused_with_a_trace"]),
        ("in the database but never logged", result["phantoms"]),
        ("history differs from the logs", result["history_mismatches"]),
        ("invalid states", result["invalid_states"]),
        ("'locked'/'busy' errors", result["locked_errors"]),
        ("other unexpected errors", result["unexpected_errors"]),
        ("desk check", "ok" if result["check_ok"] else "FAILED"),
        ("claim race rounds", race["rounds"]),
        ("rounds with exactly one winner", race["single_winners"]),
    ]  # fmt: skip
    lines = [f"{name:<38}{value!s:>14}" for name, value in rows]
    lines.append("")
    lines.append(f"{'action':<10}{'accepted/s':>11}{'refused/s':>10}{'p50 ms':>9}{'p95 ms':>9}"
                 f"{'refused p50':>12}{'p95':>7}")  # fmt: skip
    for action, kind in result["figures"].items():
        lines.append(
            f"{action:<10}{kind['accepted_per_second']:>11}{kind['refused_per_second']:>10}"
            f"{_ms(kind['accepted_p50_ms']):>9}{_ms(kind['accepted_p95_ms']):>9}"
            f"{_ms(kind['refused_p50_ms']):>12}{_ms(kind['refused_p95_ms']):>7}"
        )
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
