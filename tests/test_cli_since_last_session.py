# ruff: noqa: F811  (the fixtures of tests/test_cli.py are imported by name)
"""`haven export --format pdf --since-last-session`: the summary for exactly the time since
the last therapy session the person logged (issue 13)."""

# The command-line fixtures (haven, journal, pf, filled) are shared with test_cli.py by import.

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from haven.domain.therapy import TherapySession
from tests.report.test_summary import Filled
from tests.test_cli import (  # noqa: F401
    Result,
    cheap_secrets_and_no_terminal,
    filled,
    haven,
    journal,
    needs_poppler,
    opened,
    pdf_words,
    pf,
)


def log_session(data_dir: Path, day: date) -> None:
    with opened(data_dir) as vault:
        vault.therapy.add_session(TherapySession(day=day, worked_on="Pacing after a hard week"))


@needs_poppler
def test_the_summary_starts_on_the_day_of_the_last_logged_session(
    haven: Callable[..., Result], filled: Filled, data_dir: Path, tmp_path: Path, pf: list[str]
) -> None:
    log_session(data_dir, date(2026, 3, 20))
    log_session(data_dir, date(2026, 4, 17))  # the last one
    out = tmp_path / "since.pdf"

    result = haven(
        "export", "--format", "pdf", "--out", str(out), "--since-last-session",
        "--to", "2026-05-31", *pf,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "It covers 17 April – 31 May 2026" in result.out
    text = pdf_words(out)
    assert "17 April – 31 May 2026" in text
    assert "At a glance" in text


def test_with_no_session_logged_it_says_how_to_go_on_and_writes_nothing(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "since.pdf"

    result = haven("export", "--format", "pdf", "--out", str(out), "--since-last-session", *pf)

    assert result.code == 1
    assert "No therapy session is logged yet" in result.err
    assert "--from" in result.err
    assert not out.exists()


def test_since_last_session_and_from_do_not_go_together(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    out = tmp_path / "since.pdf"

    result = haven(
        "export", "--format", "pdf", "--out", str(out), "--since-last-session",
        "--from", "2026-01-01", *pf,
    )  # fmt: skip

    assert result.code == 2
    assert "--since-last-session and --from both say where the summary starts" in result.err
    assert not out.exists()


def test_since_last_session_is_only_for_the_summary(
    haven: Callable[..., Result], journal: str, tmp_path: Path, pf: list[str]
) -> None:
    for fmt in ("json", "csv", "partner-page", "markdown"):
        out = tmp_path / f"x.{fmt}"
        result = haven("export", "--format", fmt, "--out", str(out), "--since-last-session", *pf)
        assert result.code == 2, fmt
        assert f"--since-last-session does not go with --format {fmt}" in result.err
        assert not out.exists()
