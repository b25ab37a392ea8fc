"""The areas of the main window, as a registry later features add themselves to.

Only areas that exist are listed: there are no placeholders for what is not built yet. An
area is any QWidget with `clear_sensitive()` (called on lock: empty every field, model and
label that showed journal data) and `refresh()` (called on unlock and when data changes).

To add an area, append an `AreaEntry` to `AREAS` (its `order` keeps the navigation in the
intended sequence: Today 10, Journal 20, Grounding 25, Roadmap 30, Thresholds 40,
Practice 50, Safety plan 60, Reflect 65, Progress 70, Learn 75, With my therapist 78,
Share 80, Settings 90).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from haven.ui.core.session import Session


@runtime_checkable
class Area(Protocol):
    def clear_sensitive(self) -> None:
        """Forget everything shown: called on every lock."""

    def refresh(self) -> None:
        """Read again from the vault: called on unlock and when data changes."""


@dataclass(frozen=True, slots=True)
class AreaEntry:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("Areas", title)
    order: int
    factory: Callable[[Session], QWidget]

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Areas", self.title)


def _today_area(session: Session) -> QWidget:
    from haven.ui.today.area import TodayArea

    return TodayArea(session)


def _journal_area(session: Session) -> QWidget:
    from haven.ui.journal.area import JournalArea

    return JournalArea(session)


def _grounding_area(session: Session) -> QWidget:
    from haven.ui.grounding.area import GroundingArea

    return GroundingArea(session)


def _safety_area(session: Session) -> QWidget:
    from haven.ui.safety.area import SafetyPlanArea

    return SafetyPlanArea(session)


def _roadmap_area(session: Session) -> QWidget:
    from haven.ui.pacing.roadmap.area import RoadmapArea

    return RoadmapArea(session)


def _thresholds_area(session: Session) -> QWidget:
    from haven.ui.pacing.thresholds.area import ThresholdsArea

    return ThresholdsArea(session)


def _practice_area(session: Session) -> QWidget:
    from haven.ui.pacing.practice.area import PracticeArea

    return PracticeArea(session)


def _progress_area(session: Session) -> QWidget:
    from haven.ui.progress.area import ProgressArea

    return ProgressArea(session)


def _reflect_area(session: Session) -> QWidget:
    from haven.ui.reflect.area import ReflectArea

    return ReflectArea(session)


def _learn_area(session: Session) -> QWidget:
    from haven.ui.learn.area import LearnArea

    return LearnArea(session)


def _partner_area(session: Session) -> QWidget:
    from haven.ui.partner.area import PartnerArea

    return PartnerArea(session)


def _therapy_area(session: Session) -> QWidget:
    from haven.ui.therapy.area import TherapyArea

    return TherapyArea(session)


def _share_area(session: Session) -> QWidget:
    from haven.ui.share.area import ShareArea

    return ShareArea(session)


def _settings_area(session: Session) -> QWidget:
    from haven.ui.settings.area import SettingsArea

    return SettingsArea(session)


AREAS: list[AreaEntry] = [
    AreaEntry("today", QT_TRANSLATE_NOOP("Areas", "Today"), 10, _today_area),
    AreaEntry("journal", QT_TRANSLATE_NOOP("Areas", "Journal"), 20, _journal_area),
    AreaEntry("grounding", QT_TRANSLATE_NOOP("Areas", "Grounding"), 25, _grounding_area),
    AreaEntry("safety", QT_TRANSLATE_NOOP("Areas", "Safety plan"), 60, _safety_area),
    AreaEntry("roadmap", QT_TRANSLATE_NOOP("Areas", "Roadmap"), 30, _roadmap_area),
    AreaEntry("thresholds", QT_TRANSLATE_NOOP("Areas", "Thresholds"), 40, _thresholds_area),
    AreaEntry("practice", QT_TRANSLATE_NOOP("Areas", "Practice"), 50, _practice_area),
    AreaEntry("progress", QT_TRANSLATE_NOOP("Areas", "Progress"), 70, _progress_area),
    AreaEntry("reflect", QT_TRANSLATE_NOOP("Areas", "Reflect"), 65, _reflect_area),
    AreaEntry("learn", QT_TRANSLATE_NOOP("Areas", "Learn"), 75, _learn_area),
    AreaEntry("therapy", QT_TRANSLATE_NOOP("Areas", "With my therapist"), 78, _therapy_area),
    AreaEntry("partner", QT_TRANSLATE_NOOP("Areas", "With my partner"), 79, _partner_area),
    AreaEntry("share", QT_TRANSLATE_NOOP("Areas", "Share"), 80, _share_area),
    AreaEntry("settings", QT_TRANSLATE_NOOP("Areas", "Settings"), 90, _settings_area),
]


def ordered_areas() -> list[AreaEntry]:
    return sorted(AREAS, key=lambda entry: entry.order)
