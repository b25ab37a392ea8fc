"""The `haven` command: the desktop app with no subcommand, and a few tasks for a terminal.

Every command documented in docs/cli.md. Exit codes: 0 done; 1 a problem the person can
fix (the message says how); 2 the command line itself was not understood.

Secrets never come from an argument or from an environment variable holding the secret:
only from a file (--passphrase-file, or the file named by HAVEN_PASSPHRASE_FILE) or from a
no-echo prompt on a terminal. The CLI never imports Qt: the app is imported only when the
desktop window is asked for.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

from haven import config
from haven.domain.clock import now, parse_moment
from haven.domain.clock import today as local_today
from haven.domain.models import CheckIn, JournalEntry
from haven.domain.ratings import check_rating, check_sleep_hours
from haven.exchange import (
    ImportProblem,
    describe_counts,
    document_counts,
    export_document,
    import_document,
    validate_document,
)
from haven.exchange.text_import import ImportProblem as FileImportProblem
from haven.hardening import harden_process
from haven.report import summary as summary_rules
from haven.report.partner_page import PART_HELP as PARTNER_PART_HELP
from haven.report.partner_page import PART_WORDS
from haven.report.partner_page import PARTS as PARTNER_PARTS
from haven.store.backups import AutoBackup
from haven.store.errors import HavenStoreError, VaultExists, VaultMissing, WrongSecret
from haven.store.keyfile import DEFAULT_KDF, KdfParams
from haven.store.repositories import checkins as checkin_rules
from haven.store.repositories import journal as journal_rules
from haven.store.securefs import write_atomic
from haven.store.vault import Vault

# Key derivation for every secret the CLI sets (init, passwd, recover, demo): the real cost.
# In-process tests replace it with a cheap one; subprocess tests pay the real price.
NEW_SECRET_KDF: KdfParams = DEFAULT_KDF

PASSPHRASE_ENV = "HAVEN_PASSPHRASE_FILE"
SEARCH_LIMIT_DEFAULT = 20
DEMO_YEARS_MAX = 20

NOTHING_CHANGED = "Nothing was changed."
NO_TERMINAL = (
    "Haven needs your passphrase, and there is no terminal to ask in. "
    "You could name a private file whose first line is the passphrase with "
    f"--passphrase-file FILE (or the environment variable {PASSPHRASE_ENV}). {NOTHING_CHANGED}"
)
RECOVERY_ADVICE = (
    "If you ever forget your passphrase, this code is the only way back into your journal.\n"
    "You might write it on paper and keep it somewhere safe and offline, away from this\n"
    "device. Anyone who has both this code and your journal's files could open them."
)


class Problem(Exception):
    """Something the person can fix. The message says what happened, what is safe, and how."""


class UsageProblem(Problem):
    """The command line asks for something that does not fit together (exit status 2)."""


# == output ==================================================================================
def _say(text: str = "") -> None:
    print(text, file=sys.stdout)


def _tell(text: str) -> None:
    print(text, file=sys.stderr)


def _when(moment: Any) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


# == the command line ========================================================================
class _Parser(argparse.ArgumentParser):
    """argparse, with a calmer error line (no 'error:' shouting), still exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


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
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValueError(f"{name} is a whole number, like 10; '{text}' is not.") from None
        if value < 1 or (maximum is not None and value > maximum):
            upper = f" to {maximum}" if maximum is not None else " or more"
            raise ValueError(f"{name} goes from 1{upper}; {value} is outside that.")
        return value

    convert.__name__ = name
    return _argument_type(convert)


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(name: str, summary: str, run: Callable[[argparse.Namespace], int]) -> Any:
        p = sub.add_parser(name, parents=[common], help=summary, description=summary)
        p.set_defaults(run=run)
        return p

    command("init", "create a journal and show its recovery code once", cmd_init)
    command("check", "check the key and the journal's integrity", cmd_check)

    p = command("passwd", "change the passphrase", cmd_passwd)
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from the first line of FILE (else ask twice)",
    )

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

    p = command("checkin", "save a check-in: distress and comfort, 0 to 10", cmd_checkin)
    p.add_argument(
        "--distress",
        required=True,
        type=_rating("distress"),
        metavar="N",
        help="0 = calm, 5 = upset but manageable, 10 = the most distress you can imagine",
    )
    p.add_argument(
        "--comfort",
        required=True,
        type=_rating("comfort"),
        metavar="N",
        help="0 = no comfort at all, 5 = somewhat at ease, 10 = completely at ease and safe",
    )
    p.add_argument("--sleep", type=_argument_type(_sleep_hours), metavar="H", help="hours slept")
    p.add_argument(
        "--stress",
        type=_rating("stress"),
        metavar="N",
        help="0 = no stress, 5 = some stress, 10 = the most stress you can imagine",
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
    p.set_defaults(run=cmd_journal_add)
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
        "partner-page: one page for a partner; csv: check-ins and practice ratings",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="where to write; never overwritten")
    p.add_argument(
        "--from",
        dest="start",
        type=_argument_type(_day),
        metavar="DATE",
        help="pdf and csv: the first day, YYYY-MM-DD (pdf default: 90 days before --to; "
        "csv default: the first record)",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=_argument_type(_day),
        metavar="DATE",
        help="pdf and csv: the last day, YYYY-MM-DD (default: today)",
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
        choices=sorted(IMPORTERS),
        help="haven-json: what 'haven export --format json' writes; jrnl-json: what "
        "'jrnl --export json' writes; daylio-csv: Daylio's CSV export",
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


# == entry point ===============================================================================
def main(argv: list[str] | None = None) -> int:
    harden_process()
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
        _tell(f"haven: {problem}")
        return 2
    except Problem as problem:
        _tell(str(problem))
    except ImportProblem as problem:
        _tell(f"{problem} Nothing was imported.")
    except FileImportProblem as problem:  # its message already says nothing was imported
        _tell(str(problem))
    except HavenStoreError as error:
        _tell(str(error))
    except OSError as error:  # a folder that can't be written, a full disk…
        where = error.filename or "a file it needs"
        _tell(f"Haven could not use {where} ({error.strerror or error}).")
    except KeyboardInterrupt:
        _tell("\nStopped.")
        return 130
    return 1


def open_app(args: argparse.Namespace) -> int:
    from haven.app import run_gui  # lazily: only the desktop app needs Qt

    return int(
        run_gui(
            data_dir=_data_dir(args),
            passphrase_file=_passphrase_path(args),
            exit_after_first_paint=args.exit_after_first_paint,
        )
    )


# == secrets ====================================================================================
def _data_dir(args: argparse.Namespace) -> Path:
    return config.data_dir(getattr(args, "data_dir", None))


def _passphrase_path(args: argparse.Namespace) -> Path | None:
    named = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_ENV)
    return Path(named).expanduser() if named else None


def read_first_line(path: Path, what: str) -> str:
    """The first line of a small private file, without its line ending."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise Problem(f"Haven could not find the {what} file {path}. {NOTHING_CHANGED}") from None
    except OSError as exc:
        raise Problem(
            f"Haven could not read the {what} file {path} ({exc.strerror or exc}). "
            f"{NOTHING_CHANGED}"
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problem(f"The {what} file {path} is not UTF-8 text. {NOTHING_CHANGED}") from None
    line = text.split("\n", 1)[0].removesuffix("\r")
    if not line:
        raise Problem(
            f"The first line of the {what} file {path} is empty; Haven reads the {what} "
            f"from that line. {NOTHING_CHANGED}"
        )
    return line


def _can_prompt() -> bool:
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError):
        return False


def _ask(label: str) -> str:
    try:
        return getpass.getpass(label)
    except EOFError:
        raise Problem(f"Nothing was typed. {NOTHING_CHANGED}") from None


def current_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    path = _passphrase_path(args)
    if path is not None:
        return read_first_line(path, "passphrase")
    if not _can_prompt():
        raise Problem(NO_TERMINAL)
    passphrase = _ask(prompt)
    if not passphrase:
        raise Problem(f"The passphrase was empty. {NOTHING_CHANGED}")
    return passphrase


def new_passphrase(path: Path | None, option: str) -> str:
    """A new passphrase: from the file when one is named, else typed twice on a terminal."""
    if path is not None:
        return read_first_line(path, "passphrase")
    if not _can_prompt():
        raise Problem(
            "Haven needs a new passphrase, and there is no terminal to ask in. You could name "
            f"a private file whose first line is the new passphrase with {option} FILE. "
            f"{NOTHING_CHANGED}"
        )
    first = _ask("New passphrase: ")
    if not first:
        raise Problem(f"A passphrase cannot be empty. {NOTHING_CHANGED}")
    if _ask("The same passphrase again: ") != first:
        raise Problem(
            f"The two passphrases were not the same. {NOTHING_CHANGED} You could try again."
        )
    return first


def _existing_vault(args: argparse.Namespace) -> Vault:
    vault = Vault(_data_dir(args))
    if not vault.exists:
        raise VaultMissing(str(vault.data_dir))
    return vault


@contextlib.contextmanager
def unlocked(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[Vault]:
    """The journal, unlocked with the passphrase, and locked again however the block ends."""
    vault = _existing_vault(args)
    if passphrase is None:
        passphrase = current_passphrase(args)
    vault.unlock(passphrase)
    try:
        yield vault
    finally:
        vault.lock()


def _show_recovery_code(code: str) -> None:
    _say()
    _say("This is your recovery code. Haven shows it only this once:")
    _say()
    _say(f"    {code}")
    _say()
    _say(RECOVERY_ADVICE)


# == commands ===================================================================================
def cmd_init(args: argparse.Namespace) -> int:
    where = _data_dir(args)
    if Vault(where).exists:
        raise VaultExists(str(where))
    passphrase = new_passphrase(_passphrase_path(args), "--passphrase-file")
    vault, code = Vault.create(where, passphrase, kdf=NEW_SECRET_KDF)
    vault.lock()
    _say(f"Your journal is ready in {where}. It is encrypted, and it stays on this device.")
    _show_recovery_code(code)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        problems = vault.check()
    if not problems:
        _say("Your journal is sound.")
        return 0
    _tell("Haven found something in the journal that needs a look. It changed nothing.")
    for problem in problems:
        _tell(f"  - {problem}")
    _tell("A backup copy may help; the journal's folder has a 'backups' folder.")
    return 1


def cmd_passwd(args: argparse.Namespace) -> int:
    named = Path(args.new_passphrase_file).expanduser() if args.new_passphrase_file else None
    new = new_passphrase(named, "--new-passphrase-file") if named else None
    with unlocked(args) as vault:
        if new is None:
            new = new_passphrase(None, "--new-passphrase-file")
        vault.change_passphrase(new, kdf=NEW_SECRET_KDF)
    _say("Your passphrase is changed. Your recovery code still works as before.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = _existing_vault(args)
    named = Path(args.new_passphrase_file).expanduser() if args.new_passphrase_file else None
    new = new_passphrase(named, "--new-passphrase-file") if named else None
    if args.recovery_code_file:
        code = read_first_line(Path(args.recovery_code_file).expanduser(), "recovery code")
    elif _can_prompt():
        code = _ask("Recovery code: ")
    else:
        raise Problem(
            "Haven needs your recovery code, and there is no terminal to ask in. You could "
            f"name a file whose first line is the code with --recovery-code-file FILE. "
            f"{NOTHING_CHANGED}"
        )
    vault.unlock_with_recovery_code(code)
    try:
        if new is None:
            new = new_passphrase(None, "--new-passphrase-file")
        vault.change_passphrase(new, kdf=NEW_SECRET_KDF)
    finally:
        vault.lock()
    _say("Your new passphrase is set. Your recovery code still works; keep it somewhere safe.")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    checkin = CheckIn(
        distress=args.distress,
        comfort=args.comfort,
        sleep_hours=args.sleep,
        stress=args.stress,
        note=args.note,
        tags=list(args.tag),
        at=args.at or now(),
    )
    try:
        checkin_rules.validate(checkin)
    except ValueError as exc:
        raise Problem(f"{exc} {NOTHING_CHANGED}") from None
    with unlocked(args) as vault:
        vault.checkins.add(checkin)
        _auto_backup(vault)
    _say(
        f"Your check-in for {_when(checkin.at)} is saved "
        f"(distress {checkin.distress}, comfort {checkin.comfort})."
    )
    return 0


def _read_body() -> str:
    if _can_prompt():
        _tell("Write your entry. When you are done, press Ctrl-D on an empty line.")
    try:
        return sys.stdin.read()
    except UnicodeDecodeError:
        raise Problem(f"The entry's text is not UTF-8. {NOTHING_CHANGED}") from None


def cmd_journal_add(args: argparse.Namespace) -> int:
    _existing_vault(args)  # say so before asking for a whole entry
    entry = JournalEntry(
        body=_read_body(),
        title=args.title,
        tags=list(args.tag),
        at=args.at or now(),
        share_with_therapist=args.share,
    )
    try:
        journal_rules.validate(entry)
    except ValueError as exc:
        raise Problem(f"{exc} {NOTHING_CHANGED}") from None
    with unlocked(args) as vault:
        vault.journal.add(entry)
        _auto_backup(vault)
    shared = (
        " It is marked as one to share with your therapist." if entry.share_with_therapist else ""
    )
    _say(f"Your journal entry for {_when(entry.at)} is saved.{shared}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if not journal_rules.fts_query(args.query):
        raise Problem("There are no words to search for. You could try a word from an entry.")
    with unlocked(args) as vault:
        hits = vault.journal.search(args.query, limit=args.limit)
    results = []
    for hit in hits:
        plain, spans = journal_rules.split_highlights(hit.snippet)
        results.append((hit, plain, spans))
    if args.json:
        _say(
            json.dumps(
                [
                    {
                        "uid": hit.uid,
                        "at": hit.at.isoformat(),
                        "title": hit.title,
                        "snippet": plain,
                        "matches": [[start, end] for start, end in spans],
                    }
                    for hit, plain, spans in results
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not results:
        _say("No entries match those words.")
        return 0
    for hit, plain, spans in results:
        _say(f"{hit.at:%Y-%m-%d}  {_one_line(hit.title) or '(untitled)'}  {_marked(plain, spans)}")
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _marked(plain: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [plain[last:start], "«", plain[start:end], "»"]
        last = end
    out.append(plain[last:])
    return _one_line("".join(out))


# -- export and import: one function per format, so new formats slot in ---------------------------
EXPORT_FORMATS = ("json", "pdf", "partner-page", "csv")
SAFETY_PREFIX = "safety-plan:"
DEFAULT_PARTNER_PARTS = ("signals", "pause-plan", "boundaries")


def _names_help(names: dict[str, str], indent: int = 2, width: int = 16) -> str:
    return "\n".join(f"{' ' * indent}{name:<{width}}{words}" for name, words in names.items())


EXPORT_EPILOG = f"""\
What --include takes for --format pdf (a summary for therapy). Default: every section
except journal, so a summary holds no journal text unless you name it.
{_names_help(summary_rules.SECTION_HELP)}
  safety-plan:PART  only some parts of the safety plan, one name each, with PART one of
                  {", ".join(summary_rules.SAFETY_PARTS[:4])},
                  {", ".join(summary_rules.SAFETY_PARTS[4:])}
                  ('safety-plan' alone means all of them)
  'journal' includes every entry marked "share with my therapist" (journal add --share)
  dated within --from and --to. The command line cannot show them to you first: to pick
  entries one by one, use the app.

What --include takes for --format partner-page. Default: {",".join(DEFAULT_PARTNER_PARTS)}.
{_names_help(PARTNER_PART_HELP)}

--format csv writes one table of check-ins and practice ratings (columns in
docs/cli.md); no notes or journal text. --format json writes everything.
Haven says where each file is saved and what it holds. A summary or partner page
with --pdf-password-file is encrypted (AES-256); every other file is not.

Examples:
  haven export --format pdf --out summary.pdf --from 2026-03-01 --to 2026-05-31
  haven export --format pdf --out s.pdf --include checkins,practices,safety-plan:signals
  haven export --format partner-page --out for-us.pdf --include signals,pause-plan
  haven export --format csv --out ratings.csv
"""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date Haven understands. You could write it like 2026-03-14."
        ) from None


def _names(text: str | None) -> list[str]:
    return [n.strip().lower() for n in (text or "").split(",") if n.strip()]


@dataclass(frozen=True)
class _Export:
    """What one export writes: made from an unlocked vault, then described once saved."""

    make: Callable[[Vault], tuple[bytes, str]]  # the bytes, and what they hold in words
    what: str  # "export", "summary", …
    password_file: Path | None = None


def _not_for(args: argparse.Namespace, options: dict[str, str]) -> None:
    for attr, option in options.items():
        if getattr(args, attr, None) is not None:
            raise UsageProblem(
                f"{option} does not go with --format {args.format}. {NOTHING_CHANGED}"
            )


def _summary_options(args: argparse.Namespace) -> summary_rules.SummaryOptions:
    end = args.end or local_today()
    start = args.start or end - timedelta(days=summary_rules.DEFAULT_RANGE_DAYS - 1)
    names = _names(args.include)
    if args.include is None:
        sections = set(summary_rules.DEFAULT_SECTIONS)
        parts = set(summary_rules.SAFETY_PARTS)
    else:
        sections, parts, whole_plan = set(), set(), False
        known = [*summary_rules.SECTIONS, *(SAFETY_PREFIX + p for p in summary_rules.SAFETY_PARTS)]
        for name in names:
            if name.startswith(SAFETY_PREFIX) and name in known:
                sections.add(summary_rules.SAFETY_PLAN)
                parts.add(name.removeprefix(SAFETY_PREFIX))
            elif name in summary_rules.SECTIONS:
                sections.add(name)
                whole_plan |= name == summary_rules.SAFETY_PLAN
            else:
                raise UsageProblem(
                    f"'{name}' is not a section Haven knows for a summary. The sections are: "
                    f"{', '.join(known)}. {NOTHING_CHANGED}"
                )
        if not sections:
            raise UsageProblem(f"--include names no section. {NOTHING_CHANGED}")
        if whole_plan:
            parts = set(summary_rules.SAFETY_PARTS)
    return summary_rules.SummaryOptions(
        start=start,
        end=end,
        sections=frozenset(sections),
        journal_uids=None,
        safety_parts=frozenset(parts),
        discreet=config.load_settings().discreet_mode,
    )


def _plan_export(args: argparse.Namespace) -> _Export:
    """Check the whole command line before anything is asked or opened."""
    password = (
        Path(args.pdf_password_file).expanduser() if args.pdf_password_file is not None else None
    )
    if args.format == "json":
        _not_for(
            args,
            {
                "start": "--from",
                "end": "--to",
                "include": "--include",
                "pdf_password_file": "--pdf-password-file",
            },
        )
        return _Export(_export_json, "export")
    if args.format == "csv":
        _not_for(args, {"include": "--include", "pdf_password_file": "--pdf-password-file"})
        return _Export(lambda vault: _export_csv(vault, args.start, args.end), "CSV")
    if args.format == "partner-page":
        _not_for(args, {"start": "--from", "end": "--to"})
        parts = _names(args.include) if args.include is not None else DEFAULT_PARTNER_PARTS
        unknown = [p for p in parts if p not in PARTNER_PARTS]
        if unknown or not parts:
            raise UsageProblem(
                f"'{(unknown or [''])[0]}' is not a part Haven knows for a partner page. "
                f"The parts are: {', '.join(PARTNER_PARTS)}. {NOTHING_CHANGED}"
            )
        discreet = config.load_settings().discreet_mode
        return _Export(
            lambda vault: _export_partner_page(vault, parts, discreet), "partner page", password
        )
    options = _summary_options(args)
    return _Export(lambda vault: _export_summary(vault, options), "summary", password)


def _export_json(vault: Vault) -> tuple[bytes, str]:
    doc = export_document(vault)
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return data, f"It holds your whole journal: {describe_counts(document_counts(doc))}."


def _export_summary(vault: Vault, options: summary_rules.SummaryOptions) -> tuple[bytes, str]:
    from haven.report.pdf import render_pdf

    summary = summary_rules.build_summary(vault, options)
    return render_pdf(summary), summary.describe()


def _export_partner_page(
    vault: Vault, parts: tuple[str, ...] | list[str], discreet: bool
) -> tuple[bytes, str]:
    from haven.report.partner_page import render_partner_page

    data = render_partner_page(vault, parts, discreet=discreet)
    words = [PART_WORDS[p] for p in PARTNER_PARTS if p in parts]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return data, f"It holds {listed}, and nothing else."


def _export_csv(vault: Vault, start: date | None, end: date | None) -> tuple[bytes, str]:
    from haven.report.csv_export import export_described

    return export_described(vault, start, end)


def _refuse_overwrite(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise Problem(
            f"{out} already exists, and Haven will not overwrite it. {NOTHING_CHANGED} "
            "You could choose another name with --out."
        )


def _check_out(out: Path) -> None:
    _refuse_overwrite(out)
    if not out.parent.is_dir():
        raise Problem(
            f"The folder {out.parent} does not exist. You could create it first, or choose "
            f"another place with --out. {NOTHING_CHANGED}"
        )


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser().absolute()
    plan = _plan_export(args)
    _check_out(out)
    password = None
    if plan.password_file is not None:
        password = read_first_line(plan.password_file, "PDF password")
    _existing_vault(args)
    passphrase = current_passphrase(args)
    if password is not None and password == passphrase:
        raise Problem(
            "The PDF password is the same as your journal's passphrase. Anyone you give the "
            "PDF password to could then open your journal. You could choose a different "
            f"password. {NOTHING_CHANGED}"
        )
    with unlocked(args, passphrase) as vault:
        data, contents = plan.make(vault)
    if password is not None:
        from haven.report.protect import protect

        data = protect(data, password)
    _refuse_overwrite(out)  # it may have appeared while the journal was open
    try:
        _write_private(out, data)
    except OSError as exc:
        raise Problem(
            f"Haven could not write {out} ({exc.strerror or exc}). Nothing was saved there."
        ) from None
    if password is not None:
        _say(
            f"Your {plan.what} is saved at {out}. It is encrypted (AES-256) and opens only "
            f"with the password from {plan.password_file}: keep the file and the password "
            "somewhere private."
        )
    else:
        _say(f"Your {plan.what} is saved at {out}. It is not encrypted: keep it somewhere private.")
    _say(contents)
    return 0


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically with mode 0600; the person's own folder keeps its mode."""
    write_atomic(path, data)


def _load_json_file(path: Path) -> Any:
    from haven.exchange.haven_json import load_document

    return load_document(path)


def _import_haven_json(path: Path) -> Callable[[Vault], str]:
    doc = _load_json_file(path)
    validate_document(doc)  # every problem is found before the passphrase is asked for

    def run(vault: Vault) -> str:
        return import_document(vault, doc).describe()

    return run


def _import_entries(
    preview_file: Callable[[Path], Any],
) -> Callable[[Path], Callable[[Vault], str]]:
    """jrnl and Daylio: the whole file is read and checked before the passphrase is asked."""

    def load(path: Path) -> Callable[[Vault], str]:
        from haven.exchange.text_import import import_entries

        preview = preview_file(path)

        def run(vault: Vault) -> str:
            report = import_entries(vault, preview)
            return f"Read {preview.describe()}\n{report.describe()}"

        return run

    return load


def _preview_jrnl(path: Path) -> Any:
    from haven.exchange.jrnl_json import preview_jrnl

    return preview_jrnl(path)


def _preview_daylio(path: Path) -> Any:
    from haven.exchange.daylio_csv import preview_daylio

    return preview_daylio(path)


IMPORTERS: dict[str, Callable[[Path], Callable[[Vault], str]]] = {
    "haven-json": _import_haven_json,
    "jrnl-json": _import_entries(_preview_jrnl),
    "daylio-csv": _import_entries(_preview_daylio),
}


def cmd_import(args: argparse.Namespace) -> int:
    _existing_vault(args)
    run = IMPORTERS[args.format](Path(args.file).expanduser())
    with unlocked(args) as vault:
        summary = run(vault)
        _auto_backup(vault)
    _say(summary)
    return 0


def _auto_backup(vault: Vault) -> None:
    """An automatic encrypted backup after a change, at most once an hour. If it cannot be
    made, say so: what was saved is safe either way."""
    try:
        AutoBackup().after_change(vault)
    except (OSError, HavenStoreError) as exc:
        detail = getattr(exc, "strerror", None) or exc
        _tell(
            f"Haven could not make its hourly automatic backup this time ({detail}). "
            "What you saved is safe in your journal."
        )


# -- backup and restore ----------------------------------------------------------------------------
def cmd_backup(args: argparse.Namespace) -> int:
    from haven.store.backups import summarise
    from haven.store.vault import key_path_for_backup

    out = Path(args.out).expanduser().absolute()
    _check_out(out)
    _refuse_overwrite(key_path_for_backup(out))
    with unlocked(args) as vault:
        key_copy = vault.backup_to(out)
        held = summarise(vault).describe()
    _say(
        f"Your backup is saved at {out}, and its key file at {key_copy}. It is encrypted: "
        "it opens with the passphrase or the recovery code your journal has now (a later "
        "change of passphrase does not change the backup's)."
    )
    _say("Keep the two files together: without its key file, the backup cannot be opened.")
    _say(f"It holds {held}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from haven.store.backups import inspect_backup, restore

    backup = Path(args.file).expanduser().absolute()
    if not args.yes and not _can_prompt():
        raise Problem(
            "Restoring replaces your current journal (it is kept as a copy first), so Haven "
            "asks before it does. There is no terminal to ask in: you could add --yes to go "
            f"ahead. {NOTHING_CHANGED}"
        )
    # A backup opens with the passphrase or the recovery code of the vault it came from.
    secret: dict[str, str] = {}
    if args.recovery_code_file:
        path = Path(args.recovery_code_file).expanduser()
        secret["recovery_code"] = read_first_line(path, "recovery code")
        what = "recovery code"
    else:
        secret["passphrase"] = current_passphrase(args, "Passphrase of the backup: ")
        what = "passphrase"
    try:
        held = inspect_backup(backup, **secret)
    except WrongSecret:
        raise Problem(f"That {what} didn't open this backup. Nothing was changed.") from None
    _say(f"This backup holds {held.describe()}")
    if not args.yes and not _confirm(
        "Replace your current journal with this backup? Your current journal is kept as a "
        "copy first. Type yes to go ahead: "
    ):
        _say(NOTHING_CHANGED)
        return 1
    kept = restore(_data_dir(args), backup, **secret)
    _say(
        f"Your journal is now the one from {backup}. It opens with that backup's passphrase "
        "and recovery code."
    )
    if kept is not None:
        _say(
            f"The journal you had before is kept at {kept.absolute()}, with its key file beside "
            "it, "
            "in case you want it back."
        )
    return 0


def _confirm(question: str) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


_DEMO_NAMES = {
    "checkins": "check-ins",
    "pause_plan_steps": "pause-plan steps",
    "practice_drafts": "unfinished practices",
}


def cmd_demo(args: argparse.Namespace) -> int:
    from haven.demo import populate

    where = _data_dir(args)
    if Vault(where).exists:
        raise VaultExists(str(where))
    passphrase = new_passphrase(_passphrase_path(args), "--passphrase-file")
    vault, code = Vault.create(where, passphrase, kdf=NEW_SECRET_KDF)
    try:
        counts = populate(vault, years=args.years)
    finally:
        vault.lock()
    years = f"{args.years} year{'s' if args.years != 1 else ''}"
    _say(f"A demo journal with {years} of sample history is ready in {where}.")
    _say("Everything in it is invented: every person, event and number is fictional.")
    written = ", ".join(
        f"{n} {_DEMO_NAMES.get(name, name.replace('_', ' '))}" for name, n in counts.items() if n
    )
    if written:
        _say(f"It holds {written}.")
    _show_recovery_code(code)
    return 0
