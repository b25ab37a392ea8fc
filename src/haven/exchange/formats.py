"""The one list of import formats: `haven import --format` and the window's import both read it.

A format is one module (read and check a file, without touching the vault) plus one line
in `IMPORT_FORMATS`. Every format passes the same contract tests
(tests/exchange/test_format_contract.py, parametrized over this registry): the preview
touches nothing, the import is all or nothing, importing twice adds nothing, a bad file
names its line or entry, and no plaintext reaches the disk.

Two steps, so a person sees what will happen before anything changes:

1. `fmt.preview(path)` reads the whole file into memory and checks all of it. It returns
   a `FilePreview`: what the file holds in words, its first entries, what will not be
   brought in, and how to add it. Any problem raises `ImportProblem` (naming the line or
   entry), whose message ends with "Nothing was imported.".
2. `fmt.apply(vault, preview)` adds it in one transaction and returns what it did, in
   words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from haven.exchange.text_import import ImportPreview, ImportProblem, import_entries

if TYPE_CHECKING:
    from haven.store.vault import Vault

SHOWN_ENTRIES = 3


@dataclass(slots=True)
class FilePreview:
    """A file read and checked: what it holds, in words, and what `apply` needs."""

    format: str
    summary: str  # "20 journal entries from Day One, from … to …."
    first: list[str]  # the first few entries, one line each
    left_out: list[str] = field(default_factory=list)  # "12 photos were not brought in."
    read_line: str | None = None  # the CLI's first line ("Read 20 journal entries from …")
    payload: Any = None  # the format's own checked data
    count_present: Callable[[Vault], int] = lambda _vault: 0

    def already_present(self, vault: Vault) -> int:
        """How many of its records the vault already holds (from an earlier import)."""
        return self.count_present(vault)

    def describe(self) -> str:
        """The summary and what is left out, as one paragraph."""
        return " ".join([self.summary, *self.left_out])


@dataclass(frozen=True, slots=True)
class ImportFormat:
    """One format: its name on the command line, its words, and its two steps."""

    name: str  # `haven import --format NAME`
    label: str  # what the window's list shows
    description: str  # one line for `haven import --help`
    suffixes: tuple[str, ...]  # file endings the window offers, e.g. (".json", ".zip")
    preview: Callable[[Path], FilePreview]
    apply: Callable[[Vault, FilePreview], str]
    sniff: Callable[[Path, bytes], bool] = lambda _path, _head: False  # for guessing


def entry_line(when: str, title: str, body: str, width: int = 90) -> str:
    """'2024-03-01 21:40  Title — body…', one line, for a preview."""
    text = " ".join(f"{title} — {body}".split()) if title else " ".join(body.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"{when[:16]}  {text}"


# -- journal-entry formats (jrnl, Daylio, Day One, Markdown) --------------------------------------
def _entries_format(
    name: str,
    label: str,
    description: str,
    suffixes: tuple[str, ...],
    read: Callable[[Path], ImportPreview],
    sniff: Callable[[Path, bytes], bool],
) -> ImportFormat:
    def preview(path: Path) -> FilePreview:
        checked = read(Path(path))
        return FilePreview(
            format=name,
            summary=checked.describe(),
            first=[
                entry_line(e.at.strftime("%Y-%m-%d %H:%M"), e.title, e.body)
                for e in checked.first_entries(SHOWN_ENTRIES)
            ],
            left_out=list(checked.left_out),
            read_line=f"Read {checked.describe()}",
            payload=checked,
            count_present=checked.already_present,
        )

    def apply(vault: Vault, preview: FilePreview) -> str:
        checked: ImportPreview = preview.payload
        return import_entries(vault, checked).describe()

    return ImportFormat(name, label, description, suffixes, preview, apply, sniff)


def _read_jrnl(path: Path) -> ImportPreview:
    from haven.exchange.jrnl_json import preview_jrnl

    return preview_jrnl(path)


def _read_daylio(path: Path) -> ImportPreview:
    from haven.exchange.daylio_csv import preview_daylio

    return preview_daylio(path)


def _read_dayone(path: Path) -> ImportPreview:
    from haven.exchange.dayone_json import preview_dayone

    return preview_dayone(path)


def _read_markdown(path: Path) -> ImportPreview:
    from haven.exchange.markdown_zip import preview_markdown_zip

    return preview_markdown_zip(path)


# -- Haven's own export --------------------------------------------------------------------------
def _preview_haven(path: Path) -> FilePreview:
    from haven.exchange import haven_json

    try:
        doc = haven_json.load_document(path)
        counts = haven_json.validate_document(doc)
    except haven_json.ImportProblem as problem:
        raise ImportProblem(str(problem)) from None
    entries = (doc.get("journal") or [])[:SHOWN_ENTRIES]
    return FilePreview(
        format="haven-json",
        summary=f"A Haven export holding {haven_json.describe_counts(counts)}.",
        first=[
            entry_line(str(e.get("at", "")), str(e.get("title", "")), str(e.get("body", "")))
            for e in entries
            if isinstance(e, dict)
        ],
        payload=doc,
        count_present=lambda vault: haven_json.count_present(vault, doc),
    )


def _apply_haven(vault: Vault, preview: FilePreview) -> str:
    from haven.exchange import haven_json

    try:
        return haven_json.import_document(vault, preview.payload).describe()
    except haven_json.ImportProblem as problem:
        raise ImportProblem(str(problem)) from None


# -- guessing a file's format ------------------------------------------------------------------
def _is_zip(head: bytes) -> bool:
    return head[:4] == b"PK\x03\x04"


def _sniff_haven(path: Path, head: bytes) -> bool:
    return b'"haven-export"' in head


def _sniff_dayone(path: Path, head: bytes) -> bool:
    if _is_zip(head):
        return b"Journal.json" in head or (b".json" in head and b"journal/" not in head)
    return b'"creationDate"' in head or (b'"metadata"' in head and b'"entries"' in head)


def _sniff_markdown(path: Path, head: bytes) -> bool:
    return _is_zip(head) and (b"README.md" in head or b"journal/" in head)


def _sniff_daylio(path: Path, head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].lower()
    return path.suffix.lower() == ".csv" or first.startswith((b"full_date,", b"year,date,"))


def _sniff_jrnl(path: Path, head: bytes) -> bool:
    return path.suffix.lower() == ".json" and b'"entries"' in head


IMPORT_FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat(
        "haven-json",
        "Haven export (JSON)",
        "what 'haven export --format json' writes",
        (".json",),
        _preview_haven,
        _apply_haven,
        _sniff_haven,
    ),
    _entries_format(
        "jrnl-json",
        "jrnl export (JSON)",
        "what 'jrnl --export json' writes",
        (".json",),
        _read_jrnl,
        _sniff_jrnl,
    ),
    _entries_format(
        "daylio-csv",
        "Daylio export (CSV)",
        "Daylio's CSV export, today's 8 columns or the older 7",
        (".csv",),
        _read_daylio,
        _sniff_daylio,
    ),
    _entries_format(
        "dayone-json",
        "Day One export (zip or JSON)",
        "Day One's JSON export: the zip, or the Journal.json inside it",
        (".zip", ".json"),
        _read_dayone,
        _sniff_dayone,
    ),
    _entries_format(
        "markdown-zip",
        "Haven Markdown export (zip)",
        "what 'haven export --format markdown' writes",
        (".zip",),
        _read_markdown,
        _sniff_markdown,
    ),
)

BY_NAME: dict[str, ImportFormat] = {f.name: f for f in IMPORT_FORMATS}
NAMES: tuple[str, ...] = tuple(BY_NAME)


def get(name: str) -> ImportFormat:
    return BY_NAME[name]


def guess(path: Path) -> ImportFormat:
    """The format a file most likely has, from its first bytes and name (jrnl otherwise)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        head = b""
    for name in _GUESS_ORDER:  # the most specific tests come first
        if BY_NAME[name].sniff(path, head):
            return BY_NAME[name]
    return BY_NAME["jrnl-json"]


_GUESS_ORDER = ("haven-json", "markdown-zip", "dayone-json", "daylio-csv", "jrnl-json")
