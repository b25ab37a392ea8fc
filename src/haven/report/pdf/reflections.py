"""The summary's "Reflections" pages: the latest values sort as three lists, then the
Fear-or-danger pages and kind words the person marked to share.

Lists carry their meaning in words (the pile is a heading), never in colour alone, so the
page reads the same printed in black and white or read aloud.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from haven.domain import trends
from haven.domain.reflection import FEAR_CHECK_QUESTIONS, Pile

if TYPE_CHECKING:
    from haven.report import summary as S

ENDINGS = {"pause": "I ended with a Pause.", "help_now": "I ended by opening Help now."}


def render(w: Any, summary: S.Summary, palette: Any) -> None:
    from haven.report import summary as S
    from haven.report.pdf import writer as P

    part = summary.reflections
    assert part is not None
    w.h1(S.SECTION_TITLES[S.REFLECTIONS], "Reflections I chose to bring to therapy.")
    if part.is_empty:
        w.para("Nothing was chosen for this period.")
        return
    sort = part.values_sort
    if sort is not None:
        w.h2("What closeness means to me", outline=True)
        w.muted(f"My latest sort, from {P.short_day(trends.local_day(sort.at))}.", after=2)
        for pile in Pile:
            cards = sort.pile(pile)
            if not cards:
                continue
            w.h3(pile.label)
            for placement in cards:
                w.bullet(placement.text)
        if sort.note.strip():
            w.para(sort.note, after=3)
    if part.fear_checks:
        w.h2("Fear or danger?", outline=True)
        for check in part.fear_checks:
            w.room(30)
            w.muted(P.long_moment(check.at), after=1)
            for attr, question in FEAR_CHECK_QUESTIONS:
                answer = getattr(check, attr).strip()
                if answer:
                    w.para(question, style="B", after=0.4)
                    w.para(answer, after=1.6)
            ending = ENDINGS.get(check.ending.value)
            if ending:
                w.muted(ending, after=3)
    if part.kind_words:
        w.h2("A kind word to myself", outline=True)
        for kind in part.kind_words:
            w.room(20)
            w.muted(P.long_moment(kind.at), after=1)
            if kind.moment.strip():
                w.para(kind.moment, after=0.8)
            w.para(kind.words, style="B", after=0.8)
            if kind.note.strip():
                w.para(kind.note, after=3)
