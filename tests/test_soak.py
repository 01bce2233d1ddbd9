"""Short runs of bench/soak.py and bench/concurrency.py: kill -9 while saving loses nothing, and
Desks working on one file at once lose, double and lock nothing (the full runs are benchmarks)."""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from desk.storage.models import pack_body, unpack_body

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import concurrency  # noqa: E402  (bench/ is not a package)
import soak  # noqa: E402


def test_a_sealed_text_gives_its_number_only_when_whole() -> None:
    rng = random.Random(3)
    paragraphs = soak.sealed_paragraphs(41, 2000, rng)
    text = "\n\n".join(paragraphs)
    line = soak.sealed_line(42, rng)
    assert (soak.unseal(text), soak.unseal(line)) == (41, 42)
    assert soak.unseal(text.replace("the", "teh", 1)) is None
    assert soak.unseal("\n\n".join(paragraphs[:-2] + paragraphs[-1:])) is None  # cut short
    assert soak.unseal(line[:-1]) is None
    assert soak.unseal("") is None


@pytest.mark.slow
def test_kill_9_while_saving_loses_nothing(tmp_path: Path) -> None:
    newsroom = soak.Soak(tmp_path, check="services")  # `desk check` runs as a command at the end
    newsroom.cli_span = 1.5
    summary = soak.run_trials(newsroom, 15, 5, 0, seed=7)
    assert summary["problems"] == []
    assert summary["final_check_ok"]
    every = summary["by_kind"]["all"]
    assert every["trials"] == 20
    assert {name: every[name] for name in soak.MUST_BE_ZERO} == dict.fromkeys(soak.MUST_BE_ZERO, 0)
    assert summary["by_kind"]["services"]["saves_reported"] >= 15  # the kills hit saving Desks
    assert every["saves_verified"] == every["saves_reported"]

    # The same checks find a torn revision and a lost save when there is one.
    watch = newsroom.stories["services"]
    con = sqlite3.connect(newsroom.file)
    number, body = con.execute(
        "SELECT number, body FROM revisions WHERE story_id = ? ORDER BY number DESC LIMIT 1",
        (watch.story_id,),
    ).fetchone()
    torn = unpack_body(body)
    torn[1]["runs"][0]["text"] = torn[1]["runs"][0]["text"][:-3]
    con.execute(
        "UPDATE revisions SET body = ? WHERE story_id = ? AND number = ?",
        (pack_body(torn), watch.story_id, number),
    )
    con.commit()
    con.close()
    trial = soak.Trial("services", reported=1)
    watch.verified_up_to = number
    newsroom._verify(watch, {watch.last_seq + 1: number + 1}, trial)
    assert (trial.torn, trial.lost, trial.verified) == (1, 2, 0)


@pytest.mark.slow
def test_desks_acting_at_once_lose_and_double_nothing(tmp_path: Path) -> None:
    result = concurrency.run_concurrency(
        tmp_path, seconds=5, processes=4, stories=20, races=8, cli_races=2, seed=5
    )
    assert concurrency.failures(result) == []
    # Real work was done (a loaded machine manages about half an idle one's hundreds).
    assert result["accepted"] > 40 and result["refused"] > 10
    assert {"w1", "w2", "w3", "w4", "cli1", "win1"} <= set(result["attempted_by_user"])
    assert result["accepted_by_user"].get("win1", 0) > 0
    assert result["accepted_by_action"].get("edit", 0) > 0
    assert result["accepted_by_action"].get("claim", 0) > 0
    assert (result["race"]["rounds"], result["race"]["single_winners"]) == (10, 10)
