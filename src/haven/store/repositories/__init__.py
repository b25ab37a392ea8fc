"""One repository per aggregate. Each returns domain objects and is the only code that
knows its tables."""

from haven.store.repositories.checkins import CheckInRepository
from haven.store.repositories.drafts import DraftRepository, SettingsRepository
from haven.store.repositories.grounding import GroundingRepository
from haven.store.repositories.journal import JournalRepository
from haven.store.repositories.partner import PartnerRepository
from haven.store.repositories.practices import PracticeRepository
from haven.store.repositories.reflections import ReflectionRepository
from haven.store.repositories.roadmap import RoadmapRepository
from haven.store.repositories.safety import SafetyPlanRepository
from haven.store.repositories.therapy import TherapyRepository
from haven.store.repositories.thresholds import ThresholdRepository

__all__ = [
    "CheckInRepository",
    "DraftRepository",
    "GroundingRepository",
    "JournalRepository",
    "PartnerRepository",
    "PracticeRepository",
    "ReflectionRepository",
    "RoadmapRepository",
    "SafetyPlanRepository",
    "SettingsRepository",
    "TherapyRepository",
    "ThresholdRepository",
]
