"""The command line: every subcommand, its options and its help, in one place.

Argument types turn the domain's checks (ratings, sleep hours, dates) into argparse errors,
so a value that cannot be right stops with exit status 2 before anything is opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from haven import __version__
from haven.cli.backups import cmd_backup, cmd_restore
from haven.cli.demo import DEMO_YEARS_MAX, cmd_demo
from haven.cli.entries import SEARCH_LIMIT_DEFAULT, cmd_checkin, cmd_journal_add, cmd_search
from haven.cli.exchange import (
    EXPORT_EPILOG,
    EXPORT_FORMATS,
    cmd_export,
    cmd_import,
    parse_day,
)
from haven.cli.listing import LIST_KINDS, cmd_list
from haven.cli.secrets import PASSPHRASE_ENV
from haven.cli.vault import cmd_check, cmd_init, cmd_passwd, cmd_recover
from haven.domain.clock import parse_moment
from haven.domain.limits import SEARCH_LIMIT_MAX, parse_whole
from haven.domain.ratings import check_rating, check_sleep_hours, legend
from haven.exchange import formats as import_formats


class _Parser(argparse.ArgumentParser):
    """argparse, with a calmer error line (no 'error:' shouting), still exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """Unknown options are explained by the (sub)command they were given to, with its
        usage (`haven journal add --bogus` shows `usage: haven journal add …`), not the top
        level's: argparse would otherwise let the top-level parser report them."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            owner = getattr(parsed, USAGE_OWNER, None) or self
            owner.error(f"unrecognized arguments: {' '.join(extras)}")
        if hasattr(parsed, USAGE_OWNER):
            delattr(parsed, USAGE_OWNER)
        return parsed


USAGE_OWNER = "_usage_parser"


def _argument_type(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """Turn a domain check that raises ValueError into an argparse type (exit status 2)."""

    def parse(text: str) -> Any:
        try:
            return convert(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = getattr(convert, "__name__", "value")
    return parse


def _whole_number(text: str, name: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(f"The {name} rating is a whole number from 0 to 10.") from None


def _rating(name: str) -> Callable[[str], Any]:
    def convert(text: str) -> int:
        value = check_rating(_whole_number(text, name), name)
        assert value is not None
        return value

    convert.__name__ = f"{name} rating"
    return _argument_type(convert)


def _sleep_hours(text: str) -> float:
    try:
        hours = float(text)
    except ValueError:
        raise ValueError(
            f"Sleep is counted in hours, like 7 or 6.5; '{text}' is not a number."
        ) from None
    value = check_sleep_hours(hours)
    assert value is not None
    return value


def _positive(name: str, maximum: int | None = None) -> Callable[[str], Any]:
    """A whole number from 1 to `maximum` (domain.limits bounds it even when none is given),
    so `--limit 10**30` is a clear usage error, never an overflow deeper down."""
    high = maximum if maximum is not None else SEARCH_LIMIT_MAX

    def convert(text: str) -> int:
        return parse_whole(text, name, low=1, high=high)

    convert.__name__ = name
    return _argument_type(convert)


def _remove_backups_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--remove-backups",
        action="store_true",
        help="with a new key: remove the backups in the data folder instead of re-encrypting them",
    )


def build_parser() -> argparse.ArgumentParser:
    # The global options live in a parent parser used by every (sub)command, with SUPPRESS
    # defaults, so they work before or after the subcommand and never overwrite each other.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the folder holding the journal (default: HAVEN_DATA_DIR, else your data folder)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=f"read the passphrase from the first line of FILE (default: ${PASSPHRASE_ENV}, "
        "else ask without echo on the terminal)",
    )
    parser = _Parser(
        prog="haven",
        parents=[common],
        description="Haven: a private, encrypted journal and pacing companion. "
        "With no command, the desktop app opens.",
    )
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--version", action="version", version=f"haven {__version__}", help="show the version"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(name: str, summary: str, run: Callable[[argparse.Namespace], int]) -> Any:
        p = sub.add_parser(name, parents=[common], help=summary, description=summary)
        p.set_defaults(run=run, **{USAGE_OWNER: p})
        return p

    command("init", "create a journal and show its recovery code once", cmd_init)
    command("check", "check the key and the journal's integrity", cmd_check)

    p = command("passwd", "change the passphrase", cmd_passwd)
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from the first line of FILE (else ask twice)",
    )
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help="someone may know my old passphrase: give the journal a new key, so nothing "
        "the old passphrase or recovery code opened in the data folder opens any more "
        "(on a terminal, Haven asks)",
    )
    _remove_backups_option(p)

    p = command("recover", "set a new passphrase with the recovery code", cmd_recover)
    p.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        help="read the recovery code from the first line of FILE (else ask)",
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from the first line of FILE (else ask twice)",
    )
    _remove_backups_option(p)

    p = command("checkin", "save a check-in: distress and comfort, 0 to 10", cmd_checkin)
    p.add_argument(
        "--distress",
        required=True,
        type=_rating("distress"),
        metavar="N",
        help=legend("distress"),
    )
    p.add_argument(
        "--comfort",
        required=True,
        type=_rating("comfort"),
        metavar="N",
        help=legend("comfort"),
    )
    p.add_argument("--sleep", type=_argument_type(_sleep_hours), metavar="H", help="hours slept")
    p.add_argument(
        "--stress",
        type=_rating("stress"),
        metavar="N",
        help=legend("stress"),
    )
    p.add_argument("--note", default="", metavar="TEXT", help="a few words, if you like")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    p.add_argument(
        "--at",
        type=_argument_type(parse_moment),
        metavar="ISO8601",
        help="when, like 2026-03-14 or 2026-03-14T21:30 (default: now)",
    )

    journal = sub.add_parser(
        "journal",
        parents=[common],
        help="write in the journal",
        description="Write in the journal.",
    )
    actions = journal.add_subparsers(
        dest="journal_action", metavar="ACTION", title="actions", required=True
    )
    p = actions.add_parser(
        "add",
        parents=[common],
        help="add an entry; its text is read from standard input",
        description="Add a journal entry. Its text is read from standard input.",
    )
    p.set_defaults(run=cmd_journal_add, **{USAGE_OWNER: p})
    p.add_argument("--title", default="", metavar="T", help="a title, if you like")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    p.add_argument(
        "--at",
        type=_argument_type(parse_moment),
        metavar="ISO8601",
        help="when, like 2026-03-14 or 2026-03-14T21:30 (default: now)",
    )
    p.add_argument(
        "--share",
        action="store_true",
        help="mark the entry as one you choose to share with your therapist",
    )

    p = command("search", "search the journal, newest first", cmd_search)
    p.add_argument("query", metavar="QUERY", help="words to find (each as the start of a word)")
    p.add_argument(
        "--limit",
        type=_positive("The limit"),
        default=SEARCH_LIMIT_DEFAULT,
        metavar="N",
        help=f"at most N results (default {SEARCH_LIMIT_DEFAULT})",
    )
    p.add_argument("--json", action="store_true", help="print the results as JSON")

    p = command("list", "show saved check-ins, practices or grounding uses", cmd_list)
    p.add_argument(
        "kind", choices=LIST_KINDS, metavar="WHAT", help="checkins, practices or grounding"
    )
    p.add_argument(
        "--from",
        dest="start",
        type=_argument_type(parse_day),
        metavar="DATE",
        help="the first day, YYYY-MM-DD (default: the first record)",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=_argument_type(parse_day),
        metavar="DATE",
        help="the last day, YYYY-MM-DD (default: the last record)",
    )
    p.add_argument(
        "--json", action="store_true", help="print them as JSON, as in a haven-json export"
    )

    summary = "write a file from the journal: an export, a summary, a partner page or a CSV"
    p = sub.add_parser(
        "export",
        parents=[common],
        help=summary,
        description=summary + ". None of them is encrypted unless you give a PDF password.",
        epilog=EXPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(run=cmd_export)
    p.add_argument(
        "--format",
        required=True,
        choices=EXPORT_FORMATS,
        help="json: the whole journal (docs/export-format.md); pdf: a summary for therapy; "
        "partner-page: one page for a partner; csv: check-ins and practice ratings; "
        "markdown: a zip of Markdown files, one per journal entry, with CSV tables",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="where to write; never overwritten")
    p.add_argument(
        "--from",
        dest="start",
        type=_argument_type(parse_day),
        metavar="DATE",
        help="pdf and csv: the first day, YYYY-MM-DD (pdf default: 90 days before --to; "
        "csv default: the first record)",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=_argument_type(parse_day),
        metavar="DATE",
        help="pdf and csv: the last day, YYYY-MM-DD (default: today)",
    )
    p.add_argument(
        "--since-last-session",
        action="store_true",
        help="pdf: start on the day of the last therapy session you logged (instead of --from)",
    )
    p.add_argument(
        "--include",
        metavar="SECTION,...",
        help="pdf and partner-page: what goes in, comma-separated (the names are below)",
    )
    p.add_argument(
        "--pdf-password-file",
        metavar="FILE",
        help="pdf and partner-page: protect the PDF (AES-256) with the password on the first "
        "line of FILE",
    )

    p = command("import", "add records from another file, all or nothing", cmd_import)
    p.add_argument("file", metavar="FILE", help="the file to import")
    p.add_argument(
        "--format",
        required=True,
        choices=import_formats.NAMES,
        help="; ".join(f"{f.name}: {f.description}" for f in import_formats.IMPORT_FORMATS),
    )

    p = command("backup", "save an encrypted copy of the journal", cmd_backup)
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="where to write the copy; its key file goes beside it as FILE.key; never overwritten",
    )

    p = command(
        "restore", "replace the journal with a backup (the current one is kept)", cmd_restore
    )
    p.add_argument("file", metavar="FILE", help="the backup (its key file FILE.key beside it)")
    p.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        help="open the backup with the recovery code in the first line of FILE "
        "(else its passphrase is used)",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="go ahead without asking (needed when there is no terminal to ask in)",
    )

    p = command("demo", "create a new journal filled with fictional sample data", cmd_demo)
    p.add_argument(
        "--years",
        type=_positive("The number of years", DEMO_YEARS_MAX),
        default=1,
        metavar="N",
        help="how many years of invented history (default 1)",
    )
    return parser
