"""Setting up a journal: the encrypted vault, and the gentle example roadmap if wanted."""

from __future__ import annotations

from pathlib import Path

from haven import resources
from haven.domain.models import RoadmapStep
from haven.store.keyfile import KdfParams
from haven.store.vault import Vault


def create_journal(data_dir: Path, passphrase: str, kdf: KdfParams) -> tuple[Vault, str]:
    """A new, open vault in `data_dir`, and its recovery code (to be shown once)."""
    return Vault.create(data_dir, passphrase, kdf=kdf)


def seed_example_roadmap(vault: Vault) -> int:
    """Add the example roadmap's steps, all or none. Returns how many were added."""
    steps = [
        RoadmapStep(title=title, description=description)
        for title, description in resources.roadmap_template()
    ]
    with vault.transaction():
        for step in steps:
            vault.roadmap.add(step)
    return len(steps)


def seed_example_roadmap_if_empty(vault: Vault) -> int:
    """The example roadmap for a journal that has no steps yet (first run); else nothing."""
    if vault.roadmap.list():
        return 0
    return seed_example_roadmap(vault)
