"""Each command's happy path through the real entry point (`python -m haven`), in a subprocess.

Journals that must already exist are made in-process with cheap key derivation (a vault
always opens with the parameters in its key file), so these stay fast. `init`, `passwd`,
`recover` and `demo` set new secrets, and pay the real key-derivation cost, as a person would.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from haven.domain.models import CheckIn, JournalEntry
from haven.store import Vault
from haven.store.keyfile import CHEAP_KDF, DEFAULT_KDF
from tests.conftest import PASSPHRASE

CODE_PATTERN = re.compile(r"^    ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})$", re.MULTILINE)


def haven(
    *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # conftest has isolated os.environ
    return subprocess.run(
        [sys.executable, "-m", "haven", *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        check=False,
    )


def slot_kdf(data_dir: Path, kind: str) -> dict[str, int]:
    doc = json.loads((data_dir / "haven.key").read_text(encoding="ascii"))
    [slot] = [s for s in doc["slots"] if s["kind"] == kind]
    return {k: slot["kdf"][k] for k in ("time_cost", "memory_kib", "parallelism")}


REAL_KDF = {
    "time_cost": DEFAULT_KDF.time_cost,
    "memory_kib": DEFAULT_KDF.memory_kib,
    "parallelism": DEFAULT_KDF.parallelism,
}


@pytest.fixture
def journal(vault_and_code: tuple[Vault, str]) -> str:
    """A journal in HAVEN_DATA_DIR with two entries, locked; returns its recovery code."""
    vault, code = vault_and_code
    vault.journal.add(JournalEntry(body="A slow walk by the river.", title="Walk"))
    vault.journal.add(JournalEntry(body="Tea with a friend, near the river 🌊.", title="Tea"))
    vault.lock()
    return code


@pytest.fixture
def pf(passphrase_file: Path) -> list[str]:
    return ["--passphrase-file", str(passphrase_file)]


def test_init_creates_a_journal_with_the_real_key_derivation(data_dir: Path, pf: list[str]) -> None:
    result = haven("init", *pf)

    assert result.returncode == 0, result.stderr
    assert len(CODE_PATTERN.findall(result.stdout)) == 1
    assert slot_kdf(data_dir, "passphrase") == REAL_KDF
    assert slot_kdf(data_dir, "recovery") == REAL_KDF
    assert haven("check", *pf).stdout == "Your journal is sound.\n"


def test_check(journal: str, pf: list[str]) -> None:
    result = haven("check", *pf)

    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "Your journal is sound.\n",
        "",
    )


def test_passwd(journal: str, data_dir: Path, pf: list[str], tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a new passphrase\n", encoding="utf-8")

    result = haven("passwd", *pf, "--new-passphrase-file", str(new))

    assert result.returncode == 0, result.stderr
    assert slot_kdf(data_dir, "passphrase") == REAL_KDF
    assert haven("check", "--passphrase-file", str(new)).returncode == 0


def test_recover(journal: str, data_dir: Path, tmp_path: Path) -> None:
    code = tmp_path / "code.txt"
    code.write_text(journal + "\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("remembered at last\n", encoding="utf-8")

    result = haven("recover", "--recovery-code-file", str(code), "--new-passphrase-file", str(new))

    assert result.returncode == 0, result.stderr
    assert haven("check", "--passphrase-file", str(new)).returncode == 0


def test_checkin(journal: str, data_dir: Path, pf: list[str]) -> None:
    result = haven(
        "checkin", "--distress", "4", "--comfort", "7", "--sleep", "8", "--tag", "rest", *pf
    )

    assert result.returncode == 0, result.stderr
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    [saved] = vault.checkins.list()
    vault.lock()
    assert (saved.distress, saved.comfort, saved.sleep_hours, saved.tags) == (4, 7, 8.0, ["rest"])


def test_journal_add_reads_standard_input(journal: str, data_dir: Path, pf: list[str]) -> None:
    body = "Evening by the window. مساء هادئ 🌙\n"

    result = haven("journal", "add", "--title", "שלום", "--tag", "calm", *pf, stdin=body)

    assert result.returncode == 0, result.stderr
    found = haven("search", "window", "--json", *pf)
    [hit] = json.loads(found.stdout)
    assert hit["title"] == "שלום"
    assert "مساء هادئ" in hit["snippet"]
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    entry = vault.journal.get_by_uid(hit["uid"])
    vault.lock()
    assert (entry.body, entry.tags) == (body, ["calm"])


def test_search(journal: str, pf: list[str]) -> None:
    result = haven("search", "river", *pf)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(r"\d{4}-\d\d-\d\d  Tea  .*friend, near the «river»", lines[0])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d  Walk  A slow walk by the «river»", lines[1])


def test_export_then_import_into_another_journal(
    journal: str, pf: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, kdf=CHEAP_KDF)[0].lock()

    exported = haven("export", "--format", "json", "--out", str(out), *pf)
    imported = haven("import", str(out), "--format", "haven-json", "--data-dir", str(other), *pf)
    again = haven(
        "export", "--format", "json", "--out", str(tmp_path / "again.json"),
        "--data-dir", str(other), *pf,
    )  # fmt: skip

    assert exported.returncode == 0, exported.stderr
    assert "It is not encrypted: keep it somewhere private." in exported.stdout
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "Added 2 journal entries.\n"
    assert again.returncode == 0, again.stderr
    first = json.loads(out.read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_demo_one_year_completes_in_a_few_seconds(data_dir: Path, pf: list[str]) -> None:
    started = time.monotonic()
    result = haven("demo", "--years", "1", *pf, timeout=60)
    elapsed = time.monotonic() - started

    assert result.returncode == 0, result.stderr
    assert "fictional" in result.stdout
    assert len(CODE_PATTERN.findall(result.stdout)) == 1
    assert slot_kdf(data_dir, "passphrase") == REAL_KDF
    assert elapsed < 15, f"haven demo --years 1 took {elapsed:.1f} s"
    assert "Walk" not in haven("search", "river", *pf).stdout  # demo data only


def test_a_wrong_passphrase_is_a_calm_sentence_not_a_traceback(
    journal: str, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")

    result = haven("check", "--passphrase-file", str(wrong))

    assert result.returncode == 1
    assert result.stderr == "That passphrase didn't open this journal. Nothing was changed.\n"


def test_the_installed_haven_command_runs(pf: list[str], journal: str) -> None:
    script = Path(sys.executable).with_name("haven")
    assert script.exists(), "the set-up (./run, ./test) installs the `haven` command"

    result = subprocess.run(
        [str(script), "check", *pf],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )

    assert (result.returncode, result.stdout) == (0, "Your journal is sound.\n")


def test_the_cli_never_imports_qt(journal: str, pf: list[str]) -> None:
    program = (
        "import sys\n"
        "from haven.cli import main\n"
        f"code = main(['check', *{pf!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(code, qt)\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"


def test_export_summary_partner_page_and_csv(
    journal: str, data_dir: Path, pf: list[str], tmp_path: Path
) -> None:
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    vault.journal.add(
        JournalEntry(body="Shared words for my therapist.", share_with_therapist=True)
    )
    vault.checkins.add(CheckIn(distress=3, comfort=7))
    vault.lock()
    summary, page, table = (tmp_path / n for n in ("summary.pdf", "page.pdf", "table.csv"))

    made = haven("export", "--format", "pdf", "--out", str(summary), *pf)
    shared = haven(
        "export", "--format", "pdf", "--out", str(tmp_path / "shared.pdf"),
        "--include", "checkins,journal", *pf,
    )  # fmt: skip
    partner = haven("export", "--format", "partner-page", "--out", str(page), *pf)
    csv_made = haven("export", "--format", "csv", "--out", str(table), *pf)

    for result, what, path in (
        (made, "summary", summary),
        (partner, "partner page", page),
        (csv_made, "CSV", table),
    ):
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[0] == (
            f"Your {what} is saved at {path}. It is not encrypted: keep it somewhere private."
        )
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert summary.read_bytes().startswith(b"%PDF-")
    assert "No journal entries are in it." in made.stdout
    assert shared.returncode == 0, shared.stderr
    assert "1 journal entry you chose to share" in shared.stdout
    assert table.read_bytes().startswith(b"\xef\xbb\xbfkind,date,time,")
    assert "It holds 1 check-in and 0 practices" in csv_made.stdout


def test_import_jrnl(journal: str, pf: list[str]) -> None:
    sample = Path(__file__).parent / "exchange" / "data" / "jrnl-export-sample.json"

    result = haven("import", str(sample), "--format", "jrnl-json", *pf)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "Added 3 journal entries."


def test_backup_then_restore(journal: str, data_dir: Path, pf: list[str], tmp_path: Path) -> None:
    copy = tmp_path / "backup.db"

    backed_up = haven("backup", "--out", str(copy), *pf)
    haven("journal", "add", *pf, stdin="Written after the backup.")
    restored = haven("restore", str(copy), "--yes", *pf)

    assert backed_up.returncode == 0, backed_up.stderr
    assert "It is encrypted" in backed_up.stdout
    assert restored.returncode == 0, restored.stderr
    assert "The journal you had before is kept at" in restored.stdout
    assert "Written after" not in haven("search", "written", *pf).stdout
    assert haven("check", *pf).stdout == "Your journal is sound.\n"
