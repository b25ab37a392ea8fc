"""The `haven` command, run in-process: what each command does, and what it says when it can't.

New secrets use a cheap key derivation here (the subprocess tests pay the real cost).
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest

from haven import cli, config
from haven.cli import secrets as cli_secrets
from haven.domain.models import JournalEntry
from haven.exchange import export_document
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF
from haven.store.vault import open_backup
from tests.conftest import PASSPHRASE
from tests.report.test_summary import PRIVATE, SHARED_OTHER, SHARED_PICKED, Filled, fill

WRONG = "That passphrase didn't open this journal. Nothing was changed.\n"
CODE_PATTERN = re.compile(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})$", re.MULTILINE)


@dataclass
class Result:
    code: int
    out: str
    err: str


class Terminal(io.StringIO):
    """A standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def cheap_secrets_and_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_secrets, "NEW_SECRET_KDF", CHEAP_KDF)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def haven(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    def run(*argv: str, stdin: str | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Standard input is a terminal; each no-echo prompt takes the next answer in the list."""
    answers: list[str] = []
    monkeypatch.setattr(sys, "stdin", Terminal(""))

    def fake_getpass(prompt: str = "Password: ", stream: object = None) -> str:
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return answers


@pytest.fixture
def journal(vault_and_code: tuple[Vault, str]) -> str:
    """An existing journal in HAVEN_DATA_DIR, locked. Returns its recovery code."""
    vault, code = vault_and_code
    vault.lock()
    return code


@pytest.fixture
def pf(passphrase_file: Path) -> list[str]:
    return ["--passphrase-file", str(passphrase_file)]


def secret_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@contextlib.contextmanager
def opened(where: Path, passphrase: str = PASSPHRASE) -> Iterator[Vault]:
    vault = Vault(where)
    vault.unlock(passphrase)
    try:
        yield vault
    finally:
        vault.lock()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under the folder, by its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# == init =========================================================================================
def test_init_creates_a_journal_and_shows_the_recovery_code_once(
    haven: Callable[..., Result], data_dir: Path, pf: list[str]
) -> None:
    result = haven("init", *pf)

    assert result.code == 0, result.err
    codes = CODE_PATTERN.findall(result.out)
    assert len(codes) == 1
    assert "only this once" in result.out
    assert "the only way back" in result.out
    assert "safe and offline" in result.out
    assert not result.err
    with opened(data_dir) as vault:
        assert vault.check() == []
    vault = Vault(data_dir)
    vault.unlock_with_recovery_code(codes[0])
    vault.lock()
    for name in ("haven.db", "haven.key"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600


def test_init_asks_for_the_passphrase_twice_on_a_terminal(
    haven: Callable[..., Result], data_dir: Path, typed: list[str]
) -> None:
    typed += ["a typed passphrase", "a typed passphrase"]

    result = haven("init")

    assert result.code == 0, result.err
    assert typed == []
    with opened(data_dir, "a typed passphrase"):
        pass


def test_init_refuses_two_different_passphrases(
    haven: Callable[..., Result], data_dir: Path, typed: list[str]
) -> None:
    typed += ["one passphrase", "another one"]

    result = haven("init")

    assert result.code == 1
    assert "were not the same. Nothing was changed." in result.err
    assert not Vault(data_dir).exists


def test_init_refuses_an_empty_passphrase(
    haven: Callable[..., Result], data_dir: Path, tmp_path: Path
) -> None:
    empty = secret_file(tmp_path, "empty.txt", "\nsecond line is not read\n")

    result = haven("init", "--passphrase-file", str(empty))

    assert result.code == 1
    assert "is empty" in result.err
    assert not Vault(data_dir).exists


def test_init_refuses_a_typed_empty_passphrase(
    haven: Callable[..., Result], data_dir: Path, typed: list[str]
) -> None:
    typed += [""]

    result = haven("init")

    assert result.code == 1
    assert "A passphrase cannot be empty. Nothing was changed." in result.err
    assert not Vault(data_dir).exists


def test_init_leaves_an_existing_journal_untouched(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    before = snapshot(data_dir)

    result = haven("init", *pf)

    assert result.code == 1
    assert "already exists" in result.err
    assert "Nothing was changed." in result.err
    assert snapshot(data_dir) == before


def test_init_where_no_folder_can_be_made_says_so_without_a_traceback(
    haven: Callable[..., Result], tmp_path: Path, pf: list[str]
) -> None:
    blocker = secret_file(tmp_path, "a-file", "not a folder")

    result = haven("init", "--data-dir", str(blocker / "journal"), *pf)

    assert result.code == 1
    assert result.err.startswith("Haven could not use ")
    assert "Traceback" not in result.err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


# == where the passphrase comes from ==============================================================
def test_the_passphrase_is_the_first_line_of_the_file_without_its_line_ending(
    haven: Callable[..., Result], journal: str, tmp_path: Path
) -> None:
    path = secret_file(tmp_path, "pass.txt", PASSPHRASE + "\r\nnot part of it\n")

    assert haven("check", "--passphrase-file", str(path)).code == 0


def test_the_environment_can_name_the_passphrase_file(
    haven: Callable[..., Result],
    journal: str,
    passphrase_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HAVEN_PASSPHRASE_FILE", str(passphrase_file))

    result = haven("check")

    assert result.code == 0, result.err
    assert result.out == "Your journal is sound.\n"


def test_on_a_terminal_the_passphrase_is_asked_for_without_echo(
    haven: Callable[..., Result], journal: str, typed: list[str]
) -> None:
    typed.append(PASSPHRASE)

    result = haven("check")

    assert result.code == 0, result.err
    assert typed == []


def test_with_no_passphrase_file_and_no_terminal_nothing_happens(
    haven: Callable[..., Result], journal: str, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    result = haven("checkin", "--distress", "3", "--comfort", "5")

    assert result.code == 1
    assert "there is no terminal to ask in" in result.err
    assert "--passphrase-file FILE" in result.err
    assert "Nothing was changed." in result.err
    assert "Traceback" not in result.err
    assert snapshot(data_dir) == before


def test_a_missing_passphrase_file_is_named(
    haven: Callable[..., Result], journal: str, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.txt"

    result = haven("check", "--passphrase-file", str(missing))

    assert result.code == 1
    assert f"could not find the passphrase file {missing}" in result.err


@pytest.mark.parametrize("after", [False, True], ids=["before-command", "after-command"])
def test_global_options_work_before_or_after_the_command(
    haven: Callable[..., Result],
    tmp_path: Path,
    passphrase_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    after: bool,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    Vault.create(elsewhere, PASSPHRASE, kdf=CHEAP_KDF)[0].lock()
    monkeypatch.delenv("HAVEN_DATA_DIR")
    options = ["--data-dir", str(elsewhere), "--passphrase-file", str(passphrase_file)]
    argv = ["check", *options] if after else [*options, "check"]

    result = haven(*argv)

    assert result.code == 0, result.err
    assert result.out == "Your journal is sound.\n"


# == a wrong passphrase, a missing journal ========================================================
def _commands(tmp_path: Path) -> dict[str, tuple[list[str], str | None]]:
    export = {"format": "haven-export", "version": 1, "journal": []}
    import_file = secret_file(tmp_path, "import.json", json.dumps(export))
    new = secret_file(tmp_path, "new.txt", "a new passphrase\n")
    return {
        "check": (["check"], None),
        "checkin": (["checkin", "--distress", "3", "--comfort", "5"], None),
        "journal add": (["journal", "add", "--title", "t"], "Some words."),
        "search": (["search", "words"], None),
        "export": (["export", "--format", "json", "--out", str(tmp_path / "out.json")], None),
        "export pdf": (["export", "--format", "pdf", "--out", str(tmp_path / "out.json")], None),
        "export csv": (["export", "--format", "csv", "--out", str(tmp_path / "out.json")], None),
        "import": (["import", str(import_file), "--format", "haven-json"], None),
        "passwd": (["passwd", "--new-passphrase-file", str(new)], None),
        "backup": (["backup", "--out", str(tmp_path / "out.json")], None),
    }


COMMANDS = [
    "check",
    "checkin",
    "journal add",
    "search",
    "export",
    "export pdf",
    "export csv",
    "import",
    "passwd",
    "backup",
]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_wrong_passphrase_changes_no_file(
    haven: Callable[..., Result],
    journal: str,
    data_dir: Path,
    tmp_path: Path,
    name: str,
) -> None:
    argv, stdin = _commands(tmp_path)[name]
    wrong = secret_file(tmp_path, "wrong.txt", "not the passphrase\n")
    with opened(data_dir) as vault:  # something in it, and a quiet WAL
        vault.journal.add(JournalEntry(body="words that are already here"))
    before = snapshot(data_dir)

    result = haven(*argv, "--passphrase-file", str(wrong), stdin=stdin)

    assert result.code == 1
    assert result.err == WRONG
    assert result.out == ""
    assert snapshot(data_dir) == before
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("name", COMMANDS)
def test_with_no_journal_yet_the_message_says_how_to_make_one(
    haven: Callable[..., Result], data_dir: Path, tmp_path: Path, pf: list[str], name: str
) -> None:
    argv, stdin = _commands(tmp_path)[name]

    result = haven(*argv, *pf, stdin=stdin)

    assert result.code == 1
    assert result.err.startswith(f"There is no Haven journal in {data_dir} yet.")
    assert "haven init" in result.err
    assert not data_dir.exists()


# == check ========================================================================================
def test_check_says_a_sound_journal_is_sound(
    haven: Callable[..., Result], journal: str, pf: list[str]
) -> None:
    result = haven("check", *pf)

    assert (result.code, result.out, result.err) == (0, "Your journal is sound.\n", "")


def test_check_names_what_is_wrong_and_exits_1(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    with opened(data_dir) as vault:
        vault.journal.add(JournalEntry(body="an entry the index will lose track of"))
        vault.conn.execute("DROP TRIGGER journal_fts_delete")
        vault.conn.execute("DELETE FROM journal_entries")

    result = haven("check", *pf)

    assert result.code == 1
    assert "search index" in result.err
    assert "Your journal is sound." not in result.out


# == passwd and recover ===========================================================================
def test_passwd_changes_the_passphrase_and_keeps_the_recovery_code(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str], tmp_path: Path
) -> None:
    new = secret_file(tmp_path, "new.txt", "a brand new passphrase\n")

    result = haven("passwd", *pf, "--new-passphrase-file", str(new))

    assert result.code == 0, result.err
    assert "Your passphrase is changed." in result.out
    with opened(data_dir, "a brand new passphrase"):
        pass
    assert haven("check", *pf).err == WRONG
    recovered = Vault(data_dir)
    recovered.unlock_with_recovery_code(journal)
    recovered.lock()


def test_passwd_asks_for_the_new_passphrase_twice(
    haven: Callable[..., Result], journal: str, data_dir: Path, typed: list[str]
) -> None:
    typed += [PASSPHRASE, "typed twice", "typed twice"]

    result = haven("passwd")

    assert result.code == 0, result.err
    with opened(data_dir, "typed twice"):
        pass


def test_passwd_refuses_an_empty_new_passphrase(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str], tmp_path: Path
) -> None:
    empty = secret_file(tmp_path, "empty.txt", "\n")
    before = snapshot(data_dir)

    result = haven("passwd", *pf, "--new-passphrase-file", str(empty))

    assert result.code == 1
    assert "is empty" in result.err
    assert snapshot(data_dir) == before


def test_recover_sets_a_new_passphrase_with_the_recovery_code(
    haven: Callable[..., Result], journal: str, data_dir: Path, tmp_path: Path
) -> None:
    code_file = secret_file(tmp_path, "code.txt", journal.lower().replace("-", " ") + "\n")
    new = secret_file(tmp_path, "new.txt", "after forgetting\n")

    result = haven(
        "recover", "--recovery-code-file", str(code_file), "--new-passphrase-file", str(new)
    )

    assert result.code == 0, result.err
    assert "Your new passphrase is set." in result.out
    with opened(data_dir, "after forgetting"):
        pass


def test_recover_asks_for_the_code_and_the_new_passphrase_on_a_terminal(
    haven: Callable[..., Result], journal: str, data_dir: Path, typed: list[str]
) -> None:
    typed += [journal, "a new one", "a new one"]

    result = haven("recover")

    assert result.code == 0, result.err
    with opened(data_dir, "a new one"):
        pass


@pytest.mark.parametrize("code", ["0000-0000-0000-0000-0000-0000", "not a code at all"])
def test_a_wrong_recovery_code_changes_nothing(
    haven: Callable[..., Result], journal: str, data_dir: Path, tmp_path: Path, code: str
) -> None:
    code_file = secret_file(tmp_path, "code.txt", code + "\n")
    new = secret_file(tmp_path, "new.txt", "after forgetting\n")
    before = snapshot(data_dir)

    result = haven(
        "recover", "--recovery-code-file", str(code_file), "--new-passphrase-file", str(new)
    )

    assert result.code == 1
    assert result.err == "That recovery code didn't open this journal. Nothing was changed.\n"
    assert snapshot(data_dir) == before


# == checkin ======================================================================================
def test_checkin_saves_both_scales_and_the_optional_parts(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    result = haven(
        "checkin",
        "--distress", "6",
        "--comfort", "3",
        "--sleep", "6.5",
        "--stress", "7",
        "--note", "Long day 🌧️",
        "--tag", "Work",
        "--tag", "#tired",
        "--at", "2026-03-14T21:30+01:00",
        *pf,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "2026-03-14 21:30" in result.out
    with opened(data_dir) as vault:
        [saved] = vault.checkins.list()
    assert (saved.distress, saved.comfort, saved.sleep_hours, saved.stress) == (6, 3, 6.5, 7)
    assert saved.note == "Long day 🌧️"
    assert saved.tags == ["tired", "work"]
    assert saved.at == datetime(2026, 3, 14, 21, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--distress", "11", "The distress rating goes from 0 to 10; 11 is outside that."),
        ("--comfort", "-1", "The comfort rating goes from 0 to 10; -1 is outside that."),
        ("--distress", "five", "The distress rating is a whole number from 0 to 10."),
        ("--comfort", "4.5", "The comfort rating is a whole number from 0 to 10."),
        ("--stress", "12", "The stress rating goes from 0 to 10; 12 is outside that."),
        ("--sleep", "25", "Sleep is counted in hours from 0 to 24; 25.0 is outside that."),
        ("--sleep", "lots", "'lots' is not a number."),
        ("--at", "yesterday", "'yesterday' is not a date Haven understands."),
    ],
)
def test_checkin_refuses_values_outside_the_scales_and_writes_nothing(
    haven: Callable[..., Result],
    journal: str,
    data_dir: Path,
    pf: list[str],
    option: str,
    value: str,
    message: str,
) -> None:
    argv = {"--distress": "3", "--comfort": "5", option: value}
    before = snapshot(data_dir)

    result = haven("checkin", *[x for pair in argv.items() for x in pair], *pf)

    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert snapshot(data_dir) == before


def test_checkin_needs_both_scales(haven: Callable[..., Result], journal: str) -> None:
    result = haven("checkin", "--distress", "3")

    assert result.code == 2
    assert "--comfort" in result.err


# == journal add ==================================================================================
def test_journal_add_reads_the_entry_from_standard_input(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    body = "First line.\nשורה שנייה.\nالسطر الثالث 🌿\n"

    result = haven(
        "journal", "add", "--title", "Evening", "--tag", "Calm", "--at", "2026-03-14",
        "--share", *pf, stdin=body,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "saved" in result.out
    assert "share with your therapist" in result.out
    with opened(data_dir) as vault:
        [entry] = vault.journal.list()
    assert (entry.body, entry.title, entry.tags) == (body, "Evening", ["calm"])
    assert entry.share_with_therapist is True
    assert (entry.at.date().isoformat(), entry.at.hour) == ("2026-03-14", 12)


@pytest.mark.parametrize("body", ["", "   \n\t\n"])
def test_journal_add_refuses_an_empty_entry(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str], body: str
) -> None:
    before = snapshot(data_dir)

    result = haven("journal", "add", *pf, stdin=body)

    assert result.code == 1
    assert result.err == (
        "The entry is empty. Write a few words, or leave it for now. Nothing was changed.\n"
    )
    assert snapshot(data_dir) == before


def test_journal_add_refuses_a_date_it_cannot_read(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    before = snapshot(data_dir)

    result = haven("journal", "add", "--at", "14/03/2026", *pf, stdin="words")

    assert result.code == 2
    assert "'14/03/2026' is not a date Haven understands." in result.err
    assert snapshot(data_dir) == before


def test_journal_alone_asks_for_an_action(haven: Callable[..., Result]) -> None:
    result = haven("journal")

    assert result.code == 2
    assert "ACTION" in result.err


# == search =======================================================================================
@pytest.fixture
def three_entries(journal: str, data_dir: Path) -> list[JournalEntry]:
    with opened(data_dir) as vault:
        return [
            vault.journal.add(JournalEntry(body=body, title=title, at=datetime.fromisoformat(when)))
            for title, body, when in [
                ("Walk", "A slow walk by the river.", "2026-01-05T18:00:00+00:00"),
                ("", "The river was loud\nand calming.", "2026-02-10T09:00:00+00:00"),
                ("Tea", "Tea with a friend.", "2026-03-01T20:00:00+00:00"),
            ]
        ]


def test_search_lists_matches_newest_first_with_the_words_marked(
    haven: Callable[..., Result], three_entries: list[JournalEntry], pf: list[str]
) -> None:
    result = haven("search", "river", *pf)

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "2026-02-10  (untitled)  The «river» was loud and calming",
        "2026-01-05  Walk  A slow walk by the «river»",
    ]


def test_search_limit_keeps_the_newest(
    haven: Callable[..., Result], three_entries: list[JournalEntry], pf: list[str]
) -> None:
    result = haven("search", "river", "--limit", "1", *pf)

    assert result.out.splitlines() == ["2026-02-10  (untitled)  The «river» was loud and calming"]


def test_search_json_gives_uids_dates_snippets_and_match_spans(
    haven: Callable[..., Result], three_entries: list[JournalEntry], pf: list[str]
) -> None:
    result = haven("search", "riv", "--json", *pf)

    assert result.code == 0, result.err
    hits = json.loads(result.out)
    assert [h["uid"] for h in hits] == [three_entries[1].uid, three_entries[0].uid]
    assert set(hits[0]) == {"uid", "at", "title", "snippet", "matches"}
    assert hits[1]["at"] == "2026-01-05T18:00:00+00:00"
    assert hits[1]["title"] == "Walk"
    for hit in hits:
        assert [hit["snippet"][a:b] for a, b in hit["matches"]] == ["river"]


def test_search_with_no_matches_says_so(
    haven: Callable[..., Result], three_entries: list[JournalEntry], pf: list[str]
) -> None:
    assert haven("search", "mountain", *pf).out == "No entries match those words.\n"
    assert json.loads(haven("search", "mountain", "--json", *pf).out) == []


def test_search_needs_a_word(haven: Callable[..., Result], journal: str, pf: list[str]) -> None:
    result = haven("search", "?!", *pf)

    assert result.code == 1
    assert "no words to search for" in result.err


def test_search_limit_must_be_positive(haven: Callable[..., Result], journal: str) -> None:
    result = haven("search", "river", "--limit", "0")

    assert result.code == 2
    assert "The limit goes from 1 to 10,000; 0 is outside that." in result.err


# == export =======================================================================================
def test_export_writes_a_private_file_and_says_it_is_not_encrypted(
    haven: Callable[..., Result],
    three_entries: list[JournalEntry],
    data_dir: Path,
    tmp_path: Path,
    pf: list[str],
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    out = folder / "haven-export.json"

    result = haven("export", "--format", "json", "--out", str(out), *pf)

    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == (
        f"Your export is saved at {out}. It is not encrypted: keep it somewhere private."
    )
    assert "3 journal entries" in result.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755  # the person's folder is left alone
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("haven-export", 1)
    with opened(data_dir) as vault:
        assert {k: v for k, v in doc.items() if k != "exported_at"} == {
            k: v for k, v in export_document(vault).items() if k != "exported_at"
        }


def test_export_never_overwrites_a_file(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    out = secret_file(tmp_path, "precious.json", "keep me")

    result = haven("export", "--format", "json", "--out", str(out), *pf)

    assert result.code == 1
    assert "will not overwrite it" in result.err
    assert out.read_text(encoding="utf-8") == "keep me"


def test_export_into_a_missing_folder_is_refused(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "no-such-folder" / "export.json"

    result = haven("export", "--format", "json", "--out", str(out), *pf)

    assert result.code == 1
    assert "does not exist" in result.err
    assert not out.parent.exists()


def test_export_accepts_only_the_formats_it_knows(
    haven: Callable[..., Result], journal: str, tmp_path: Path
) -> None:
    result = haven("export", "--format", "docx", "--out", str(tmp_path / "x.docx"))

    assert result.code == 2
    assert "invalid choice: 'docx'" in result.err


# == import =======================================================================================
@pytest.fixture
def exported(
    haven: Callable[..., Result], three_entries: list[JournalEntry], tmp_path: Path, pf: list[str]
) -> Path:
    out = tmp_path / "export.json"
    assert haven("export", "--format", "json", "--out", str(out), *pf).code == 0
    return out


@pytest.fixture
def second_journal(tmp_path: Path) -> Path:
    where = tmp_path / "second"
    Vault.create(where, PASSPHRASE, kdf=CHEAP_KDF)[0].lock()
    return where


def test_import_brings_an_export_into_another_journal(
    haven: Callable[..., Result], exported: Path, second_journal: Path, pf: list[str]
) -> None:
    result = haven(
        "import", str(exported), "--format", "haven-json", "--data-dir", str(second_journal), *pf
    )

    assert result.code == 0, result.err
    assert result.out == "Added 3 journal entries.\n"
    with opened(second_journal) as vault:
        assert sorted(e.title for e in vault.journal.list()) == ["", "Tea", "Walk"]


def test_importing_the_same_file_twice_adds_nothing(
    haven: Callable[..., Result], exported: Path, second_journal: Path, pf: list[str]
) -> None:
    argv = ["import", str(exported), "--format", "haven-json", "--data-dir", str(second_journal)]
    assert haven(*argv, *pf).code == 0

    result = haven(*argv, *pf)

    assert result.code == 0, result.err
    assert result.out == (
        "There was nothing new to add. 3 journal entries were already in your journal, "
        "and Haven left them as they were.\n"
    )
    with opened(second_journal) as vault:
        assert vault.journal.count() == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "haven-export", "version": 1,', "is not valid JSON (line 1, column 41)"),
        ("\xff\xfe not text", "is not UTF-8 text"),
        ('{"format": "jrnl", "entries": []}', "This file is not a Haven export"),
        (
            '{"format": "haven-export", "version": 1, "journal": [{"uid": "a", "at": "x",'
            ' "body": "b"}]}',
            "journal entry 1: 'at' is not a date.",
        ),
    ],
    ids=["malformed-json", "not-utf8", "wrong-format", "bad-record"],
)
def test_import_refuses_a_file_it_cannot_use_and_writes_nothing(
    haven: Callable[..., Result],
    journal: str,
    data_dir: Path,
    tmp_path: Path,
    pf: list[str],
    content: str,
    message: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content.encode("latin-1") if content.startswith("\xff") else content.encode())
    before = snapshot(data_dir)

    result = haven("import", str(bad), "--format", "haven-json", *pf)

    assert result.code == 1
    assert message in result.err
    assert result.err.rstrip().endswith("Nothing was imported.")
    assert "Traceback" not in result.err
    assert snapshot(data_dir) == before


def test_import_of_a_missing_file_is_named(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    result = haven("import", str(tmp_path / "gone.json"), "--format", "haven-json", *pf)

    assert result.code == 1
    assert "could not find" in result.err
    assert "gone.json" in result.err


def test_import_accepts_only_the_formats_it_knows(
    haven: Callable[..., Result], exported: Path
) -> None:
    result = haven("import", str(exported), "--format", "csv")

    assert result.code == 2
    assert "invalid choice: 'csv'" in result.err


# == demo =========================================================================================
def test_demo_creates_a_new_journal_full_of_fictional_history(
    haven: Callable[..., Result], data_dir: Path, pf: list[str]
) -> None:
    result = haven("demo", "--years", "1", *pf)

    assert result.code == 0, result.err
    assert "fictional" in result.out
    assert len(CODE_PATTERN.findall(result.out)) == 1
    with opened(data_dir) as vault:
        assert vault.checkins.count() >= 300
        assert vault.journal.count() > 50
        assert vault.roadmap.list()


def test_demo_never_goes_into_an_existing_journal(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    before = snapshot(data_dir)

    result = haven("demo", *pf)

    assert result.code == 1
    assert "already exists" in result.err
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("years", ["0", "-2", "many", "21"])
def test_demo_years_must_be_sensible(
    haven: Callable[..., Result], data_dir: Path, years: str
) -> None:
    result = haven("demo", "--years", years)

    assert result.code == 2
    assert "number of years" in result.err
    assert not data_dir.exists()


# == no command: the desktop app, and usage =======================================================
def test_no_command_opens_the_desktop_app_with_the_options_given(
    haven: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    passphrase_file: Path,
) -> None:
    calls: list[dict[str, object]] = []
    fake = types.ModuleType("haven.app")
    fake.run_gui = lambda **kwargs: calls.append(kwargs) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "haven.app", fake)
    monkeypatch.setenv("HAVEN_PASSPHRASE_FILE", str(passphrase_file))

    result = haven("--data-dir", str(tmp_path / "d"), "--exit-after-first-paint")

    assert result.code == 0
    assert calls == [
        {
            "data_dir": tmp_path / "d",
            "passphrase_file": passphrase_file,
            "exit_after_first_paint": True,
        }
    ]


def test_the_desktop_app_gets_the_default_folder_and_no_file(
    haven: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    calls: list[dict[str, object]] = []
    fake = types.ModuleType("haven.app")
    fake.run_gui = lambda **kwargs: calls.append(kwargs) or 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "haven.app", fake)

    assert haven().code == 3
    assert calls == [
        {"data_dir": data_dir, "passphrase_file": None, "exit_after_first_paint": False}
    ]


def test_help_lists_every_command(haven: Callable[..., Result]) -> None:
    result = haven("--help")

    assert result.code == 0
    for command in (
        "init", "check", "passwd", "recover", "checkin", "journal", "search", "export",
        "import", "backup", "restore", "demo",
    ):  # fmt: skip
        assert re.search(rf"^\s+{command}\s", result.out, re.MULTILINE), command
    assert "exit-after-first-paint" not in result.out


def test_an_unknown_command_is_a_usage_error(haven: Callable[..., Result]) -> None:
    result = haven("delete-everything")

    assert result.code == 2
    assert "invalid choice" in result.err
    assert "error:" not in result.err


def test_files_the_cli_creates_are_private(
    haven: Callable[..., Result], data_dir: Path, pf: list[str]
) -> None:
    previous = os.umask(0o022)
    try:
        assert haven("init", *pf).code == 0
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(previous)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


# == summaries, partner page, CSV =================================================================
SUMMARY_RANGE = ["--from", "2026-03-01", "--to", "2026-05-31"]
SAVED = "It is not encrypted: keep it somewhere private."


@pytest.fixture
def filled(vault_and_code: tuple[Vault, str]) -> Filled:
    """A journal with something in every section (tests/report/test_summary.py), locked."""
    vault = vault_and_code[0]
    made = fill(vault)
    vault.lock()
    return made


def pdf_words(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    return " ".join(result.stdout.split())


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils) installed"
)


@needs_poppler
def test_export_pdf_saves_a_summary_without_journal_text_and_says_so(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "summary.pdf"

    result = haven("export", "--format", "pdf", "--out", str(out), *SUMMARY_RANGE, *pf)

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"Your summary is saved at {out}. {SAVED}"
    assert lines[1].startswith("It covers 1 March – 31 May 2026 and holds your check-ins,")
    assert lines[1].endswith("No journal entries are in it.")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    text = pdf_words(out)
    assert "Summary for therapy" in text and "Things I want to talk about" in text
    for marker in (SHARED_PICKED, SHARED_OTHER, PRIVATE):
        assert marker not in text


@needs_poppler
def test_export_pdf_include_journal_takes_the_shared_entries_in_the_range(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "summary.pdf"

    result = haven(
        "export", "--format", "pdf", "--out", str(out), "--include", "journal, checkins",
        *SUMMARY_RANGE, *pf,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "your check-ins and 2 journal entries you chose to share" in result.out
    text = pdf_words(out)
    assert SHARED_PICKED in text and SHARED_OTHER in text
    assert PRIVATE not in text
    assert "Roadmap" not in text


@needs_poppler
def test_export_pdf_can_take_single_parts_of_the_safety_plan(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "summary.pdf"

    result = haven(
        "export", "--format", "pdf", "--out", str(out),
        "--include", "safety-plan:signals,safety-plan:pause-plan", *pf,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "your safety plan (stop and pause signals, pause plan)" in result.out
    text = pdf_words(out)
    assert "red (a word)" in text and "Let go gently and stay near." in text
    assert "Robin Example" not in text and "I decide the pace." not in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--format", "pdf", "--include", "checkins,moods"], "'moods' is not a section"),
        (["--format", "pdf", "--include", ","], "--include names no section"),
        (["--format", "csv", "--include", "checkins"], "--include does not go with --format csv"),
        (["--format", "json", "--from", "2026-01-01"], "--from does not go with --format json"),
        (["--format", "partner-page", "--to", "2026-01-01"], "--to does not go with"),
        (["--format", "partner-page", "--include", "contacts"], "'contacts' is not a part"),
        (["--format", "csv", "--pdf-password-file", "x"], "--pdf-password-file does not go"),
        (["--format", "pdf", "--from", "1 March"], "'1 March' is not a date"),
    ],
)
def test_export_options_that_do_not_fit_are_usage_errors_before_any_question(
    haven: Callable[..., Result], journal: str, tmp_path: Path, extra: list[str], message: str
) -> None:
    out = tmp_path / "out.file"

    result = haven("export", "--out", str(out), *extra)  # no passphrase file, no terminal

    assert result.code == 2
    assert message in result.err
    assert "no terminal to ask in" not in result.err  # refused before any question
    assert not out.exists()


def test_export_pdf_never_overwrites_a_file(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    out = secret_file(tmp_path, "summary.pdf", "keep me")

    result = haven("export", "--format", "pdf", "--out", str(out), *pf)

    assert result.code == 1
    assert "will not overwrite it" in result.err
    assert out.read_text(encoding="utf-8") == "keep me"


def test_export_pdf_with_a_password_is_encrypted_and_says_so(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "summary.pdf"
    password = secret_file(tmp_path, "pdf-password.txt", "for my therapist only\n")

    result = haven(
        "export", "--format", "pdf", "--out", str(out), "--pdf-password-file", str(password), *pf
    )

    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == (
        f"Your summary is saved at {out}. It is encrypted (AES-256) and opens only with the "
        f"password from {password}: keep the file and the password somewhere private."
    )
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="for my therapist only") as pdf:
        assert pdf.encryption.bits == 256


def test_a_pdf_password_that_is_the_journal_passphrase_is_refused(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str], passphrase_file: Path
) -> None:
    out = tmp_path / "summary.pdf"

    result = haven(
        "export", "--format", "pdf", "--out", str(out),
        "--pdf-password-file", str(passphrase_file), *pf,
    )  # fmt: skip

    assert result.code == 1
    assert "the same as your journal's passphrase" in result.err
    assert not out.exists()


@needs_poppler
def test_export_pdf_in_discreet_mode_names_no_app(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    config.save_settings(config.PlainSettings(discreet_mode=True))
    out = tmp_path / "notes.pdf"

    result = haven("export", "--format", "pdf", "--out", str(out), *pf)

    assert result.code == 0, result.err
    assert "Haven" not in pdf_words(out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Pages:" in info.stdout  # pdfinfo read the file
    assert "haven" not in info.stdout.lower()
    assert "therapy" not in info.stdout.lower()
    # Without a password, a file manager may keep a picture of page 1: the CLI says so.
    assert "--pdf-password-file adds one." in result.out


@needs_poppler
def test_export_partner_page(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "for-us.pdf"

    result = haven(
        "export", "--format", "partner-page", "--out", str(out), "--include", "signals", *pf
    )

    assert result.code == 0, result.err
    assert result.out == (
        f"Your partner page is saved at {out}. {SAVED}\n"
        "It holds your stop and pause signals, and nothing else.\n"
    )
    text = pdf_words(out)
    assert "red (a word)" in text
    assert "Let go gently" not in text and "I decide the pace." not in text


@needs_poppler
def test_export_partner_page_with_the_agreements_marked_for_it(
    haven: Callable[..., Result], vault_and_code: tuple[Vault, str], tmp_path: Path, pf: list[str]
) -> None:
    from datetime import date

    from haven.domain.partner import Agreement

    vault = vault_and_code[0]
    vault.partner.add_agreement(
        Agreement(text="Lamp stays on", made_on=date(2026, 10, 4), share=True)
    )
    vault.partner.add_agreement(Agreement(text="Only for me", made_on=date(2026, 10, 4)))
    vault.lock()
    out = tmp_path / "for-us.pdf"

    result = haven(
        "export", "--format", "partner-page", "--out", str(out), "--include", "agreements", *pf
    )

    assert result.code == 0, result.err
    assert "It holds your agreements, and nothing else." in result.out
    text = pdf_words(out)
    assert "Lamp stays on" in text and "Only for me" not in text


def test_export_partner_page_default_parts(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "for-us.pdf"

    result = haven("export", "--format", "partner-page", "--out", str(out), *pf)

    assert result.code == 0, result.err
    assert (
        "It holds your stop and pause signals, your partner's steps of the pause plan and "
        "your boundaries, and nothing else." in result.out
    )


def test_export_csv(
    haven: Callable[..., Result], filled: Filled, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "ratings.csv"

    result = haven("export", "--format", "csv", "--out", str(out), *SUMMARY_RANGE, *pf)

    assert result.code == 0, result.err
    assert result.out == (
        f"Your CSV is saved at {out}. {SAVED}\n"
        "It holds 92 check-ins and 3 practices: their dates, ratings, tags and steps, and no "
        "notes.\n"
    )
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfkind,date,time,distress,comfort,")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# == importing jrnl and Daylio ====================================================================
DATA = Path(__file__).parent / "exchange" / "data"


@pytest.mark.parametrize(
    ("name", "fmt", "read"),
    [
        ("jrnl-export-sample.json", "jrnl-json", "Read 3 journal entries from jrnl, from "),
        ("daylio-export-sample.csv", "daylio-csv", "Read 4 journal entries from Daylio, from "),
    ],
)
def test_import_jrnl_and_daylio(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str],
    name: str, fmt: str, read: str,
) -> None:  # fmt: skip
    first = haven("import", str(DATA / name), "--format", fmt, *pf)
    again = haven("import", str(DATA / name), "--format", fmt, *pf)

    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert lines[0].startswith(read)
    assert lines[1].startswith("Added ")
    assert again.code == 0
    assert again.out.splitlines()[1].startswith("There was nothing new to add.")
    with opened(data_dir) as vault:
        assert vault.journal.count() in (3, 4)


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("daylio-utf16.csv", "daylio-csv", "is saved as UTF-16 text"),
        ("jrnl-truncated.json", "jrnl-json", "ends too early"),
        ("daylio-export-sample.csv", "jrnl-json", "looks like a Daylio CSV export"),
    ],
)
def test_import_refuses_a_jrnl_or_daylio_file_it_cannot_use(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str],
    name: str, fmt: str, message: str,
) -> None:  # fmt: skip
    before = snapshot(data_dir)

    result = haven("import", str(DATA / name), "--format", fmt)  # checked before any question

    assert result.code == 1
    assert message in result.err
    assert result.err.count("Nothing was imported.") == 1
    assert result.err.rstrip().endswith("Nothing was imported.")
    assert snapshot(data_dir) == before


# == automatic backups ============================================================================
def test_a_change_makes_an_automatic_backup_at_most_hourly(
    haven: Callable[..., Result], journal: str, data_dir: Path, pf: list[str]
) -> None:
    assert haven("checkin", "--distress", "3", "--comfort", "6", *pf).code == 0
    assert haven("journal", "add", *pf, stdin="A quiet evening.").code == 0

    backups = sorted((data_dir / "backups").glob("auto-*.db"))
    assert len(backups) == 1  # the second change came within the hour
    copy = open_backup(backups[0])
    copy.unlock(PASSPHRASE)
    try:
        assert copy.checkins.count() == 1
    finally:
        copy.lock()


# == backup and restore ===========================================================================
@pytest.fixture
def backup_file(
    haven: Callable[..., Result], journal: str, data_dir: Path, tmp_path: Path, pf: list[str]
) -> Path:
    with opened(data_dir) as vault:
        vault.journal.add(JournalEntry(body="Written before the backup."))
    out = tmp_path / "copies" / "haven-backup.db"
    out.parent.mkdir()
    result = haven("backup", "--out", str(out), *pf)
    assert result.code == 0, result.err
    with opened(data_dir) as vault:
        vault.journal.add(JournalEntry(body="Written after the backup."))
    return out


def test_backup_writes_an_encrypted_copy_and_its_key_file(
    haven: Callable[..., Result], journal: str, data_dir: Path, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "haven-backup.db"

    result = haven("backup", "--out", str(out), *pf)

    assert result.code == 0, result.err
    key = out.with_name(out.name + ".key")
    assert result.out.splitlines()[:2] == [
        f"Your backup is saved at {out}, and its key file at {key}. It is encrypted: it opens "
        "with the passphrase or the recovery code your journal has now (a later change of "
        "passphrase does not change the backup's).",
        "Keep the two files together: without its key file, the backup cannot be opened.",
    ]
    assert result.out.splitlines()[2].startswith("It holds ")
    assert not out.read_bytes().startswith(b"SQLite format 3\x00")
    for path in (out, key):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    copy = open_backup(out)
    copy.unlock(PASSPHRASE)
    copy.lock()


def test_backup_never_overwrites(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "haven-backup.db"
    secret_file(tmp_path, "haven-backup.db.key", "keep me")

    result = haven("backup", "--out", str(out), *pf)

    assert result.code == 1
    assert "will not overwrite it" in result.err
    assert not out.exists()
    assert (tmp_path / "haven-backup.db.key").read_text(encoding="utf-8") == "keep me"


def _bodies(data_dir: Path) -> list[str]:
    with opened(data_dir) as vault:
        return sorted(e.body for e in vault.journal.list())


def test_restore_needs_yes_without_a_terminal(
    haven: Callable[..., Result], backup_file: Path, data_dir: Path, pf: list[str]
) -> None:
    before = snapshot(data_dir)

    result = haven("restore", str(backup_file), *pf)

    assert result.code == 1
    assert "you could add --yes" in result.err
    assert snapshot(data_dir) == before


def test_restore_with_yes_keeps_the_current_journal_and_says_where(
    haven: Callable[..., Result], backup_file: Path, data_dir: Path, pf: list[str]
) -> None:
    result = haven("restore", str(backup_file), "--yes", *pf)

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("This backup holds 1 journal entr")
    assert lines[1] == (
        f"Your journal is now the one from {backup_file}. It opens with that backup's "
        "passphrase and recovery code."
    )
    kept = Path(re.search(r"kept at (\S+\.db), with", lines[2]).group(1))  # type: ignore[union-attr]
    assert kept.is_file() and kept.with_name(kept.name + ".key").is_file()
    assert _bodies(data_dir) == ["Written before the backup."]
    copy = open_backup(kept)
    copy.unlock(PASSPHRASE)
    try:
        assert copy.journal.count() == 2
    finally:
        copy.lock()


def test_restore_opens_the_backup_with_its_recovery_code_too(
    haven: Callable[..., Result],
    backup_file: Path,
    data_dir: Path,
    journal: str,
    tmp_path: Path,
) -> None:
    code_file = secret_file(tmp_path, "code.txt", journal.lower().replace("-", " ") + "\n")

    result = haven("restore", str(backup_file), "--yes", "--recovery-code-file", str(code_file))

    assert result.code == 0, result.err
    assert _bodies(data_dir) == ["Written before the backup."]


def test_restore_with_a_wrong_recovery_code_changes_no_file(
    haven: Callable[..., Result], backup_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    before = snapshot(data_dir)
    code_file = secret_file(tmp_path, "code.txt", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n")

    result = haven("restore", str(backup_file), "--yes", "--recovery-code-file", str(code_file))

    assert result.code == 1
    assert result.err.strip() == "That recovery code didn't open this backup. Nothing was changed."
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(("answer", "code"), [("yes\n", 0), ("no\n", 1), ("", 1)])
def test_restore_on_a_terminal_asks_first(
    haven: Callable[..., Result],
    backup_file: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    code: int,
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    monkeypatch.setattr(getpass, "getpass", lambda prompt="", stream=None: PASSPHRASE)
    before = snapshot(data_dir)

    result = haven("restore", str(backup_file))

    assert result.code == code
    assert "Type yes to go ahead" in result.err
    if code:
        assert result.out.splitlines()[-1] == "Nothing was changed."
        assert snapshot(data_dir) == before
    else:
        assert _bodies(data_dir) == ["Written before the backup."]


def test_restore_with_a_wrong_passphrase_changes_no_file(
    haven: Callable[..., Result], backup_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    wrong = secret_file(tmp_path, "wrong.txt", "not the passphrase\n")
    before = snapshot(data_dir)
    backup_before = snapshot(backup_file.parent)

    result = haven("restore", str(backup_file), "--yes", "--passphrase-file", str(wrong))

    assert result.code == 1
    assert result.err == "That passphrase didn't open this backup. Nothing was changed.\n"
    assert snapshot(data_dir) == before
    assert snapshot(backup_file.parent) == backup_before


@pytest.mark.parametrize("damage", ["cut", "no-key"])
def test_restore_refuses_a_damaged_backup(
    haven: Callable[..., Result], backup_file: Path, data_dir: Path, pf: list[str], damage: str
) -> None:
    if damage == "cut":
        backup_file.write_bytes(backup_file.read_bytes()[:3000])
    else:
        backup_file.with_name(backup_file.name + ".key").unlink()
    before = snapshot(data_dir)

    result = haven("restore", str(backup_file), "--yes", *pf)

    assert result.code == 1
    assert result.err.startswith("This backup could not be opened, so nothing was restored.")
    assert result.err.rstrip().endswith("Your current journal is unchanged.")
    assert "Traceback" not in result.err
    assert snapshot(data_dir) == before
