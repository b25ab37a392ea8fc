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
from pathlib import Path
from typing import Any, NoReturn

from haven import config
from haven.domain.clock import now, parse_moment
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
from haven.store.errors import HavenStoreError, VaultExists, VaultMissing
from haven.store.keyfile import DEFAULT_KDF, KdfParams
from haven.store.repositories import checkins as checkin_rules
from haven.store.repositories import journal as journal_rules
from haven.store.securefs import private_umask, write_atomic
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

    p = command("export", "write the whole journal to a file (not encrypted)", cmd_export)
    p.add_argument(
        "--format",
        required=True,
        choices=sorted(EXPORTERS),
        help="the file format: json (Haven's own, documented in docs/export-format.md)",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="where to write; never overwritten")

    p = command("import", "add records from an exported file, all or nothing", cmd_import)
    p.add_argument("file", metavar="FILE", help="the file to import")
    p.add_argument(
        "--format",
        required=True,
        choices=sorted(IMPORTERS),
        help="the file format: haven-json (what 'haven export --format json' writes)",
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
    private_umask()
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
    except Problem as problem:
        _tell(str(problem))
    except ImportProblem as problem:
        _tell(f"{problem} Nothing was imported.")
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


def current_passphrase(args: argparse.Namespace) -> str:
    path = _passphrase_path(args)
    if path is not None:
        return read_first_line(path, "passphrase")
    if not _can_prompt():
        raise Problem(NO_TERMINAL)
    passphrase = _ask("Passphrase: ")
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
def unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    """The journal, unlocked with the passphrase, and locked again however the block ends."""
    vault = _existing_vault(args)
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
def _export_json(vault: Vault) -> tuple[bytes, str]:
    doc = export_document(vault)
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return data, f"It holds your whole journal: {describe_counts(document_counts(doc))}."


EXPORTERS: dict[str, Callable[[Vault], tuple[bytes, str]]] = {"json": _export_json}


def _refuse_overwrite(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise Problem(
            f"{out} already exists, and Haven will not overwrite it. {NOTHING_CHANGED} "
            "You could choose another name with --out."
        )


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser().absolute()
    _refuse_overwrite(out)
    if not out.parent.is_dir():
        raise Problem(
            f"The folder {out.parent} does not exist. You could create it first, or choose "
            f"another place with --out. {NOTHING_CHANGED}"
        )
    with unlocked(args) as vault:
        data, contents = EXPORTERS[args.format](vault)
    _refuse_overwrite(out)  # it may have appeared while the journal was open
    try:
        _write_private(out, data)
    except OSError as exc:
        raise Problem(
            f"Haven could not write {out} ({exc.strerror or exc}). Nothing was saved there."
        ) from None
    _say(f"Your export is saved at {out}. It is not encrypted: keep it somewhere private.")
    _say(contents)
    return 0


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically with mode 0600; the person's own folder keeps its mode."""
    write_atomic(path, data)


def _load_json_file(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise Problem(f"Haven could not find {path}. Nothing was imported.") from None
    except OSError as exc:
        raise Problem(
            f"Haven could not read {path} ({exc.strerror or exc}). Nothing was imported."
        ) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise Problem(
            f"{path} is not UTF-8 text, so it is not a Haven export. Nothing was imported."
        ) from None
    except json.JSONDecodeError as exc:
        raise Problem(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}), so Haven "
            "cannot read it as an export. Nothing was imported."
        ) from None
    except RecursionError:
        raise Problem(
            f"{path} is nested too deeply to be a Haven export. Nothing was imported."
        ) from None


def _import_haven_json(path: Path) -> Callable[[Vault], str]:
    doc = _load_json_file(path)
    validate_document(doc)  # every problem is found before the passphrase is asked for

    def run(vault: Vault) -> str:
        return import_document(vault, doc).describe()

    return run


IMPORTERS: dict[str, Callable[[Path], Callable[[Vault], str]]] = {"haven-json": _import_haven_json}


def cmd_import(args: argparse.Namespace) -> int:
    _existing_vault(args)
    run = IMPORTERS[args.format](Path(args.file).expanduser())
    with unlocked(args) as vault:
        summary = run(vault)
    _say(summary)
    return 0


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
