"""`desk`: the window without a command, the headless newsroom with one."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["--version"], ["-V"]):
        from desk import __version__  # the fast path: no parser, no database, no Qt

        print(f"desk {__version__}")
        return 0
    from desk import cli

    args = cli.parse(argv)
    if args.command is not None:
        return cli.run_command(args)
    if not _has_display():
        print(
            "desk: error: there is no screen to open the window on (no DISPLAY); "
            "run a command instead, e.g. desk list (see desk --help)",
            file=sys.stderr,
        )
        return 1
    from desk.ui.app import run  # the window: only now is Qt imported

    return run(db=getattr(args, "db", None), user=getattr(args, "user", None), demo=args.demo)


def _has_display() -> bool:
    """Whether Qt can open a window here (on Linux it needs X or Wayland, or a chosen platform
    such as offscreen); elsewhere there always is a screen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
