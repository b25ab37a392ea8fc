"""The entry point: parse the command line, run one command, turn problems into exit codes.

Exit codes: 0 done; 1 a problem the person can fix (the message says how); 2 the command
line itself was not understood; 130 stopped with Ctrl-C. The parser and the commands are
imported inside `main`, so importing this package stays cheap.
"""

from __future__ import annotations

import argparse

from haven.cli.common import Problem, UsageProblem, data_dir, tell
from haven.cli.secrets import passphrase_path
from haven.cli.words import store_problem
from haven.hardening import harden_process


def main(argv: list[str] | None = None) -> int:
    harden_process()
    from haven.cli.parser import build_parser
    from haven.exchange import ImportProblem
    from haven.exchange.text_import import ImportProblem as FileImportProblem
    from haven.store.errors import HavenStoreError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already explained by argparse
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        run = getattr(args, "run", None)
        if run is None:
            return open_app(args)
        return run(args)
    except UsageProblem as problem:
        tell(f"haven: {problem}")
        return 2
    except Problem as problem:
        tell(str(problem))
    except ImportProblem as problem:
        tell(f"{problem} Nothing was imported.")
    except FileImportProblem as problem:  # its message already says nothing was imported
        tell(str(problem))
    except HavenStoreError as error:
        tell(store_problem(error))
    except OSError as error:  # a folder that can't be written, a full disk…
        where = error.filename or "a file it needs"
        tell(f"Haven could not use {where} ({error.strerror or error}).")
    except KeyboardInterrupt:
        tell("\nStopped.")
        return 130
    return 1


def open_app(args: argparse.Namespace) -> int:
    from haven.app import run_gui  # lazily: only the desktop app needs Qt

    return int(
        run_gui(
            data_dir=data_dir(args),
            passphrase_file=passphrase_path(args),
            exit_after_first_paint=args.exit_after_first_paint,
        )
    )
