"""Two people, one story, separate processes: a stale lock is taken over at the command line and
the text its holder saves afterwards is kept as a conflict copy, never dropped."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import Desk


def test_takeover_between_processes_keeps_the_first_editors_text(
    tmp_path: Path, shared_url: str
) -> None:
    desk = Desk(tmp_path, shared_url)
    desk.ok("init")
    for name, role in (("ana", "correspondent"), ("milica", "editor"), ("tom", "editor")):
        desk.ok("user", "add", name, "--role", role)
    body = tmp_path / "body.txt"
    body.write_text("ПРИШТИНА, 27. новембар — Грејање је поново радило.\n", encoding="utf-8")
    story = desk.ok(
        "new", "--headline", "Грејање у Приштини", "--byline", "Пише: Ана Илић",
        "--body-file", str(body), who="ana",
    )  # fmt: skip
    sid = str(story["id"])
    desk.ok("file", sid, who="ana")
    claimed = desk.ok("claim", sid, who="milica")
    assert claimed["lock_holder"] == "milica" and claimed["lock_seen"]

    # Milica is at work: Tom cannot take the story from her.
    assert desk.refused("takeover", sid, who="tom").startswith(
        "milica is editing this story (last seen "
    )
    # Her machine goes quiet for eleven minutes (the lease's clock, moved behind Desk's back).
    if desk.db.startswith("sqlite"):
        earlier = "datetime(heartbeat_at, '-11 minutes')"
    else:
        earlier = "heartbeat_at - interval '11 minutes'"
    desk.sql(f"UPDATE edit_locks SET heartbeat_at = {earlier} WHERE story_id = {story['id']}")
    taken = desk.ok("takeover", sid, who="tom")
    assert (taken["state"], taken["lock_holder"]) == ("editing", "tom")

    # Milica's text, written before she knew, arrives later: kept, not refused, not over Tom's.
    body.write_text("ПРИШТИНА, 27. новембар — Грејање је поново радило у четвртак.\n")
    done = desk.run("edit", sid, "--body-file", str(body), "--base-revision", "1", who="milica")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"tom now holds story {sid}'s edit lock; your text was kept as conflict copy 2 "
        f"(see: desk diff {sid} 1 2)."
    )
    shown = desk.ok("show", sid)
    assert shown["body_text"] == "Грејање је поново радило." and shown["revision"] == 1
    revisions = desk.ok("revisions", sid)
    copy = revisions[-1]
    assert (copy["number"], copy["kind"], copy["author"]) == (2, "conflict", "milica")
    history = desk.ok("history", sid)
    assert [(e["actor"], e["action"]) for e in history[-2:]] == [
        ("tom", "takeover"),
        ("milica", "conflict"),
    ]
    assert history[-2]["note"] == "from milica"
    # Without saying what she began from, her save is refused as before: nothing is guessed.
    assert desk.refused("edit", sid, "--headline", "Х", who="milica") == (
        "tom holds this story's edit lock; only they can change its text."
    )
    assert desk.ok("check") == {"ok": True, "problems": []}
