"""What the summary's "Reflections" section holds: the latest values sort, and the
Fear-or-danger pages and kind words the person marked to share, inside the dates.

Off by default (see summary.DEFAULT_SECTIONS): reflections are among the most personal
things Haven keeps, so they reach a PDF only when the person ticks the section.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from haven.domain import trends
from haven.domain.reflection import FearCheck, KindWord, ValuesSort

if TYPE_CHECKING:
    from haven.store.vault import Vault


@dataclass(frozen=True, slots=True)
class ReflectionsSummary:
    values_sort: ValuesSort | None
    fear_checks: tuple[FearCheck, ...]
    kind_words: tuple[KindWord, ...]

    @property
    def is_empty(self) -> bool:
        return self.values_sort is None and not self.fear_checks and not self.kind_words


def build(vault: Vault, start: date, end: date) -> ReflectionsSummary:
    """Read the section from an unlocked vault; records are kept by their own local day."""
    since = datetime.combine(start - timedelta(days=1), time.min).astimezone()
    until = datetime.combine(end + timedelta(days=1), time.max).astimezone()
    repo = vault.reflections

    def inside(moment: datetime) -> bool:
        return start <= trends.local_day(moment) <= end

    return ReflectionsSummary(
        values_sort=repo.latest_values_sort(),
        fear_checks=tuple(
            f for f in repo.fear_checks(since=since, until=until) if f.share and inside(f.at)
        ),
        kind_words=tuple(
            k for k in repo.kind_words(since=since, until=until) if k.share and inside(k.at)
        ),
    )
