"""Placing thresholds on the map: a drag of several items lands all together or not at all."""

from __future__ import annotations

from collections.abc import Sequence

from haven.domain.models import Threshold, Zone
from haven.domain.pacing import reordered
from haven.store.vault import Vault


def place(
    vault: Vault, moved: Sequence[Threshold], zone: Zone, zone_ids: list[int], row: int
) -> bool:
    """Put `moved` at `row` of `zone` (whose items are `zone_ids`). Returns whether it changed."""
    changed = False
    with vault.transaction():
        for item in moved:
            assert item.id is not None
            if item.zone == zone:
                new = reordered(zone_ids, [item.id], row)
                if new != zone_ids:
                    vault.thresholds.reorder(new)
                    changed = True
            else:
                vault.thresholds.move(item.id, zone, position=row)
                changed = True
    return changed
