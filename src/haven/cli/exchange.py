"""Commands that carry the journal to and from files: export (json, pdf, partner-page, csv,
markdown) and import (every format in haven.exchange.formats, the one registry the window's
import reads too). The whole command line, and a file to import, are checked before a
passphrase is asked for."""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from haven import config
from haven.cli.backups import auto_backup
from haven.cli.common import (
    NOTHING_CHANGED,
    Problem,
    UsageProblem,
    check_out,
    refuse_overwrite,
    say,
)
from haven.cli.secrets import current_passphrase, passphrase_path, read_first_line
from haven.cli.vault import existing_vault, unlocked
from haven.domain.clock import today as local_today
from haven.exchange import (
    describe_counts,
    document_counts,
    export_document,
)
from haven.exchange import formats as import_formats
from haven.report import summary as summary_rules
from haven.report.partner_page import PART_HELP as PARTNER_PART_HELP
from haven.report.partner_page import PART_WORDS
from haven.report.partner_page import PARTS as PARTNER_PARTS
from haven.store.vault import Vault
from haven.system.files import write_new

EXPORT_FORMATS = ("json", "pdf", "partner-page", "csv", "markdown")
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
                  ('safety-plan' alone means every part but contacts and triggers,
                  which go in only when named: safety-plan:contacts)
  'journal' includes every entry marked "share with my therapist" (journal add --share)
  dated within --from and --to. The command line cannot show them to you first: to pick
  entries one by one, use the app.

What --include takes for --format partner-page. Default: {",".join(DEFAULT_PARTNER_PARTS)}.
{_names_help(PARTNER_PART_HELP)}

--format csv writes one table of check-ins and practice ratings (columns in
docs/cli.md); no notes or journal text. --format json writes everything.
--format markdown writes a zip: one Markdown file per journal entry, check-ins and
practices as CSV, and a README explaining the layout (read back with
haven import FILE.zip --format markdown-zip).
Haven says where each file is saved and what it holds. A summary or partner page
with --pdf-password-file is encrypted (AES-256); every other file is not.

Examples:
  haven export --format pdf --out summary.pdf --from 2026-03-01 --to 2026-05-31
  haven export --format pdf --out s.pdf --include checkins,practices,safety-plan:signals
  haven export --format partner-page --out for-us.pdf --include signals,pause-plan
  haven export --format csv --out ratings.csv
  haven export --format markdown --out journal.zip
"""


def parse_day(text: str) -> date:
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
        if getattr(args, attr, None) not in (None, False):
            raise UsageProblem(
                f"{option} does not go with --format {args.format}. {NOTHING_CHANGED}"
            )


def _summary_options(args: argparse.Namespace) -> summary_rules.SummaryOptions:
    end = args.end or local_today()
    start = args.start or end - timedelta(days=summary_rules.DEFAULT_RANGE_DAYS - 1)
    names = _names(args.include)
    if args.include is None:
        sections = set(summary_rules.DEFAULT_SECTIONS)
        parts = set(summary_rules.DEFAULT_SAFETY_PARTS)
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
            parts |= summary_rules.DEFAULT_SAFETY_PARTS
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
                "since_last_session": "--since-last-session",
                "include": "--include",
                "pdf_password_file": "--pdf-password-file",
            },
        )
        return _Export(_export_json, "export")
    if args.format == "markdown":
        _not_for(
            args,
            {
                "start": "--from",
                "end": "--to",
                "since_last_session": "--since-last-session",
                "include": "--include",
                "pdf_password_file": "--pdf-password-file",
            },
        )
        return _Export(_export_markdown, "Markdown export")
    if args.format == "csv":
        _not_for(
            args,
            {
                "include": "--include",
                "pdf_password_file": "--pdf-password-file",
                "since_last_session": "--since-last-session",
            },
        )
        return _Export(lambda vault: _export_csv(vault, args.start, args.end), "CSV")
    if args.format == "partner-page":
        _not_for(
            args, {"start": "--from", "end": "--to", "since_last_session": "--since-last-session"}
        )
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
    if args.since_last_session and args.start is not None:
        raise UsageProblem(
            "--since-last-session and --from both say where the summary starts. You could "
            f"choose one of them. {NOTHING_CHANGED}"
        )
    options = _summary_options(args)
    if args.since_last_session:
        return _Export(
            lambda vault: _export_summary(vault, _since_last_session(vault, options)),
            "summary",
            password,
        )
    return _Export(lambda vault: _export_summary(vault, options), "summary", password)


def _since_last_session(
    vault: Vault, options: summary_rules.SummaryOptions
) -> summary_rules.SummaryOptions:
    """The same choices, starting on the day of the last logged therapy session."""
    import dataclasses

    from haven.usecases.therapy import last_session_date

    day = last_session_date(vault)
    if day is None:
        raise Problem(
            "No therapy session is logged yet, so there is no last session to start from. "
            "You could log one in With my therapist, or choose the first day with --from. "
            f"{NOTHING_CHANGED}"
        )
    if day > options.end:
        raise Problem(
            f"The last session you logged is on {day.isoformat()}, after --to "
            f"({options.end.isoformat()}). You could choose a later --to. {NOTHING_CHANGED}"
        )
    return dataclasses.replace(options, start=day)


def _export_json(vault: Vault) -> tuple[bytes, str]:
    doc = export_document(vault)
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return data, f"It holds your whole journal: {describe_counts(document_counts(doc))}."


def _export_markdown(vault: Vault) -> tuple[bytes, str]:
    from haven.exchange.markdown_zip import export_markdown

    return export_markdown(vault)


def _export_summary(vault: Vault, options: summary_rules.SummaryOptions) -> tuple[bytes, str]:
    from haven.report.pdf.summary import render_pdf

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


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser().absolute()
    plan = _plan_export(args)
    check_out(out)
    password = None
    if plan.password_file is not None:
        password = read_first_line(plan.password_file, "PDF password")
    existing_vault(args)
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
    refuse_overwrite(out)  # it may have appeared while the journal was open
    try:
        _write_private(out, data)
    except FileExistsError:
        refuse_overwrite(out)
        raise
    except OSError as exc:
        raise Problem(
            f"Haven could not write {out} ({exc.strerror or exc}). Nothing was saved there."
        ) from None
    if password is not None:
        say(
            f"Your {plan.what} is saved at {out}. It is encrypted (AES-256) and opens only "
            f"with the password from {plan.password_file}: keep the file and the password "
            "somewhere private."
        )
    else:
        say(f"Your {plan.what} is saved at {out}. It is not encrypted: keep it somewhere private.")
    say(contents)
    if password is None and out.suffix.lower() == ".pdf" and config.load_settings().discreet_mode:
        say(
            "File managers often keep a small picture of page 1 of a PDF without a password. "
            "--pdf-password-file adds one."
        )
    return 0


def _write_private(path: Path, data: bytes) -> None:
    """Create `path` (0600) complete or not at all, never overwriting and never following a
    link someone planted there or at a temporary name (haven.system.files.write_new)."""
    write_new(path, data)


def cmd_import(args: argparse.Namespace) -> int:
    vault = existing_vault(args)
    fmt = import_formats.get(args.format)
    with _key_while_reading(args, vault) as key:
        preview = fmt.preview(Path(args.file).expanduser())  # checked before any question
    vault.open_with_key(key())
    try:
        report = fmt.apply(vault, preview)
        auto_backup(vault)
    finally:
        vault.lock()
    lines = [] if preview.read_line is None else [preview.read_line]
    say("\n".join([*lines, *preview.left_out, report]))
    return 0


@contextlib.contextmanager
def _key_while_reading(args: argparse.Namespace, vault: Vault) -> Iterator[Callable[[], bytes]]:
    """The journal's key, derived while the file is read when no question must be asked.

    Argon2id takes about a third of a second and runs in C without Python's lock, so with
    a passphrase file it runs beside the reading of a large import file. A problem with the
    file is still told first: a problem with the passphrase is raised only when the key is
    asked for, after the file was read. With a prompt, the file is read and checked before
    the question, as before.
    """
    if passphrase_path(args) is None:
        yield lambda: vault.derive_key(current_passphrase(args))
        return
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(lambda: vault.derive_key(current_passphrase(args)))
        yield future.result
