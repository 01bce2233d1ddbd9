"""`desk`: the window without a command, the headless newsroom with one."""

from __future__ import annotations

import os
import sys

USAGE_ERROR, FAILURE = 2, 1


def _fail(message: str, code: int = FAILURE) -> int:
    print(f"desk: error: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in (["--version"], ["-V"]):
        from desk import __version__  # the fast path: no parser, no database, no Qt

        print(f"desk {__version__}")
        return 0
    from desk.cli.parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 with "desk: error: ..." on a usage error
    if args.command is None:
        parser.print_help()
        print("\nThe Desk window is not built yet; use the commands above.")
        return 0
    from desk.cli.commands import COMMANDS
    from desk.cli.context import Context
    from desk.errors import DeskError

    ctx = Context(args)
    try:
        return COMMANDS[args.command](ctx)
    except DeskError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing more was done.", 130)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head); not an error worth a message
        return FAILURE
    except Exception as error:  # a bug: say so in one line; DESK_DEBUG=1 shows the traceback
        if os.environ.get("DESK_DEBUG"):
            raise
        return _fail(f"unexpected {type(error).__name__}: {error} (this is a bug in Desk)")
    finally:
        ctx.close()
