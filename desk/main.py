"""`desk`: the window without a command, the headless newsroom with one."""

from __future__ import annotations

import gc
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["--version"], ["-V"]):
        from desk import __version__  # the fast path: no parser, no database, no Qt

        print(f"desk {__version__}")
        return 0
    window = window_options(argv)
    if window is None:
        from desk import cli

        args = cli.parse(argv)
        if args.command is not None:
            return _leaving(cli.run_command(args))
        window = {"db": getattr(args, "db", None), "user": getattr(args, "user", None),
                  "demo": args.demo}  # fmt: skip
    if not _has_display():
        print(
            "desk: error: there is no screen to open the window on (no DISPLAY); "
            "run a command instead, e.g. desk list (see desk --help)",
            file=sys.stderr,
        )
        return 1
    from desk.ui.app import run  # the window: only now is Qt imported

    return _leaving(run(**window))


def _leaving(code: int) -> int:
    """Desk's work is done (the newsroom closed, every file written), so Python need not look
    through every object for garbage once more on its way out: with the window's libraries
    loaded that takes longer than the rest of the exit (a fifth of a second)."""
    gc.freeze()
    return code


def window_options(argv: list[str]) -> dict[str, str | bool | None] | None:
    """The window's options (--db URL, --as NAME, --demo) when the command line holds only
    those, read as the parser reads them but without loading it, which would delay the window's
    first frame. None for anything else (a command, --help, a mistake): the parser's to read."""
    options: dict[str, str | bool | None] = {"db": None, "user": None, "demo": False}
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--demo":
            options["demo"] = True
            continue
        name, equals, value = word.partition("=")
        if name not in ("--db", "--as"):
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None  # the parser says what is missing
            value = rest.pop(0)
        options["db" if name == "--db" else "user"] = value
    return options


def _has_display() -> bool:
    """Whether Qt can open a window here (on Linux it needs X or Wayland, or a chosen platform
    such as offscreen); elsewhere there always is a screen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
