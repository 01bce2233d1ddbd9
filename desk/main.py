"""`desk`: the window without a command, the headless newsroom with one."""

from __future__ import annotations

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
    from desk.ui.app import run  # the window: only now is Qt imported

    return run(db=getattr(args, "db", None), user=getattr(args, "user", None), demo=args.demo)
