"""The vault's repositories, one per aggregate, each made on first use for the open connection."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from haven.store.repositories import (
        CheckInRepository,
        DraftRepository,
        GroundingRepository,
        JournalRepository,
        PartnerRepository,
        PracticeRepository,
        ReflectionRepository,
        RoadmapRepository,
        SafetyPlanRepository,
        SettingsRepository,
        TherapyRepository,
        ThresholdRepository,
    )


class VaultRepositories:
    """Part of `Vault` (see vault.py); mixed in, so `self` is the Vault."""

    # -- repositories (one per aggregate, created on first use, dropped on lock) ------------
    @cached_property
    def checkins(self) -> CheckInRepository:
        from haven.store.repositories import CheckInRepository

        return CheckInRepository(self)

    @cached_property
    def journal(self) -> JournalRepository:
        from haven.store.repositories import JournalRepository

        return JournalRepository(self)

    @cached_property
    def roadmap(self) -> RoadmapRepository:
        from haven.store.repositories import RoadmapRepository

        return RoadmapRepository(self)

    @cached_property
    def thresholds(self) -> ThresholdRepository:
        from haven.store.repositories import ThresholdRepository

        return ThresholdRepository(self)

    @cached_property
    def practices(self) -> PracticeRepository:
        from haven.store.repositories import PracticeRepository

        return PracticeRepository(self)

    @cached_property
    def safety(self) -> SafetyPlanRepository:
        from haven.store.repositories import SafetyPlanRepository

        return SafetyPlanRepository(self)

    @cached_property
    def grounding(self) -> GroundingRepository:
        from haven.store.repositories import GroundingRepository

        return GroundingRepository(self)

    @cached_property
    def reflections(self) -> ReflectionRepository:
        from haven.store.repositories import ReflectionRepository

        return ReflectionRepository(self)

    @cached_property
    def therapy(self) -> TherapyRepository:
        from haven.store.repositories import TherapyRepository

        return TherapyRepository(self)

    @cached_property
    def partner(self) -> PartnerRepository:
        from haven.store.repositories import PartnerRepository

        return PartnerRepository(self)

    @cached_property
    def drafts(self) -> DraftRepository:
        from haven.store.repositories import DraftRepository

        return DraftRepository(self)

    @cached_property
    def settings(self) -> SettingsRepository:
        from haven.store.repositories import SettingsRepository

        return SettingsRepository(self)
