"""The summary's Reflections section: off unless chosen; then the latest values sort and
only the reflections marked to share, inside the dates, are in the PDF."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta

import pytest

from haven.domain.clock import ensure_aware
from haven.domain.reflection import (
    FearCheck,
    FearCheckEnding,
    KindWord,
    Pile,
    Placement,
    ValuesSort,
)
from haven.report import summary as S
from haven.report.pdf import summary as P
from haven.store import Vault
from tests.report.test_pdf import qpdf_ok, text_of, tool  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
    reason="needs poppler-utils and qpdf",
)

END = date(2026, 11, 30)
START = END - timedelta(days=29)


def at(day: date, hour: int = 20) -> datetime:
    return ensure_aware(datetime(day.year, day.month, day.day, hour))


def fill(vault: Vault) -> None:
    r = vault.reflections
    r.add_values_sort(
        ValuesSort(
            at=at(START - timedelta(days=60)),
            placements=[Placement("being-asked", "OldSortCard", Pile.A_LOT)],
        )
    )
    r.add_values_sort(
        ValuesSort(
            at=at(END - timedelta(days=3)),
            placements=[
                Placement("being-asked", "Being asked first", Pile.A_LOT),
                Placement("laughing-together", "Laughing together", Pile.SOME),
                Placement("kissing", "Kissing", Pile.NOT_NOW),
            ],
        )
    )
    r.add_fear_check(
        FearCheck(
            at=at(END - timedelta(days=5)),
            happening="SharedFearPage door slam",
            safe_now="I am at home",
            ending=FearCheckEnding.PAUSE,
            finished=True,
            share=True,
        )
    )
    r.add_fear_check(FearCheck(at=at(END - timedelta(days=4)), happening="PrivateFearPage"))
    r.add_fear_check(
        FearCheck(at=at(START - timedelta(days=9)), happening="OutsideFearPage", share=True)
    )
    r.add_kind_word(KindWord(at=at(END - timedelta(days=2)), words="SharedKindWord", share=True))
    r.add_kind_word(KindWord(at=at(END - timedelta(days=2)), words="PrivateKindWord"))


def render(vault: Vault, sections: set[str]) -> bytes:
    return P.render_pdf(S.build_summary(vault, S.SummaryOptions(START, END, sections=sections)))


def test_reflections_stay_out_of_the_default_summary(vault: Vault, tool) -> None:  # noqa: F811
    fill(vault)
    summary = S.build_summary(vault, S.SummaryOptions(START, END))
    assert summary.reflections is None
    text = text_of(tool, P.render_pdf(summary))
    for marker in ("SharedFearPage", "SharedKindWord", "Being asked first"):
        assert marker not in text


def test_chosen_reflections_show_the_latest_sort_and_only_shared_items_in_range(
    vault: Vault,
    tool,  # noqa: F811
) -> None:
    fill(vault)
    data = render(vault, {S.REFLECTIONS})
    text = text_of(tool, data)
    qpdf_ok(tool, data)
    assert "What closeness means to me" in text
    assert "Matters a lot • Being asked first" in text
    assert "Not now • Kissing" in text
    assert "OldSortCard" not in text
    assert "SharedFearPage door slam" in text and "I ended with a Pause." in text
    assert "What tells me I am safe now? I am at home" in text
    assert "SharedKindWord" in text
    for private in ("PrivateFearPage", "OutsideFearPage", "PrivateKindWord"):
        assert private not in text


def test_an_empty_reflections_section_says_so_calmly(vault: Vault, tool) -> None:  # noqa: F811
    text = text_of(tool, render(vault, {S.REFLECTIONS}))
    assert "Nothing was chosen for this period." in text


def test_the_summary_describes_the_chosen_reflections(vault: Vault) -> None:
    fill(vault)
    summary = S.build_summary(vault, S.SummaryOptions(START, END, sections={S.REFLECTIONS}))
    assert "the reflections you chose" in summary.describe()
