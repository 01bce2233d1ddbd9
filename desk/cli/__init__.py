"""The headless `desk` commands: parsing, running one, and turning errors into one line."""

from __future__ import annotations

import os
import sys

USAGE_ERROR, FAILURE = 2, 1


def _fail(message: str, code: int = FAILURE) -> int:
    print(f"desk: error: {message}", file=sys.stderr)
    return code


def parse(argv: list[str]):  # -> argparse.Namespace
    """The parsed command line; exits 2 with "desk: error: ..." on a usage error."""
    from desk.cli.parser import build_parser

    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run one headless command (`desk` without one is the window: see desk.main)."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    if args.command is None:
        from desk.cli.parser import build_parser

        build_parser().print_help()
        return 0
    return run_command(args)


def run_command(args) -> int:  # args: argparse.Namespace
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
