"""Everything saved can be seen, changed and deleted, and a delete can be undone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from haven.domain import hard_moments as H
from haven.domain.models import (
    CheckIn,
    Debrief,
    GroundingTool,
    GroundingUse,
    Practice,
    PracticeStatus,
)
from haven.store import Vault
from haven.usecases import hard_moments, records
from haven.usecases.records import RecordKind

T0 = datetime(2026, 11, 1, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def checkins(vault: Vault, n: int) -> list[CheckIn]:
    return [
        vault.checkins.add(
            CheckIn(
                distress=i % 11,
                comfort=5,
                at=T0 + timedelta(hours=i),
                note=f"n{i}",
                tags=["evening"],
            )
        )
        for i in range(n)
    ]


def test_the_history_reads_newest_first_one_page_at_a_time(vault: Vault) -> None:
    saved = checkins(vault, 7)
    first = records.list_records(vault, "checkins", newest_first=True, limit=3)
    second = records.list_records(vault, "checkins", newest_first=True, limit=3, offset=3)
    last = records.list_records(vault, "checkins", newest_first=True, limit=3, offset=6)
    assert [c.note for c in first] == ["n6", "n5", "n4"]
    assert [c.note for c in second] == ["n3", "n2", "n1"]
    assert [c.uid for c in last] == [saved[0].uid]


def test_a_time_range_keeps_both_ends(vault: Vault) -> None:
    checkins(vault, 5)
    found = records.list_records(
        vault, "checkins", T0 + timedelta(hours=1), T0 + timedelta(hours=3)
    )
    assert [c.note for c in found] == ["n1", "n2", "n3"]


def test_a_checkin_note_and_ratings_can_be_changed(vault: Vault) -> None:
    checkin = checkins(vault, 1)[0]
    checkin.note, checkin.distress = "It eased later.", 3
    records.edit_checkin(vault, checkin)
    again = vault.checkins.get(checkin.id)
    assert (again.note, again.distress, again.uid) == ("It eased later.", 3, checkin.uid)


def test_an_unsaved_record_cannot_be_edited(vault: Vault) -> None:
    with pytest.raises(ValueError, match="Nothing was changed"):
        records.edit_checkin(vault, CheckIn(distress=1, comfort=1))


def test_deleting_a_checkin_is_undone_with_its_uid_tags_and_note(vault: Vault) -> None:
    checkin = checkins(vault, 2)[1]
    deleted = records.delete(vault, RecordKind.CHECKINS, checkin.id)
    assert vault.checkins.count() == 1 and deleted.uid == checkin.uid
    back = records.restore(vault, deleted)
    again = vault.checkins.get(back.id)
    assert (again.uid, again.note, again.tags, again.at) == (
        checkin.uid,
        "n1",
        ["evening"],
        checkin.at,
    )
    assert records.delete(vault, "checkins", 99999) is None


def test_a_finished_practice_reopens_its_debrief_changes_and_delete_is_undone(
    vault: Vault,
) -> None:
    practice = vault.practices.finish(
        vault.practices.save(Practice(step_uid=None, debrief=Debrief(distress_peak=8)))
    )
    practice.debrief.what_helped = "Naming the stop signal out loud."
    records.edit_practice(vault, practice)
    again = vault.practices.get(practice.id)
    assert again.status is PracticeStatus.DONE
    assert again.debrief.what_helped == "Naming the stop signal out loud."

    deleted = records.delete(vault, "practices", practice.id)
    assert vault.practices.count() == 0
    records.restore(vault, deleted)
    assert vault.practices.get_by_uid(practice.uid).debrief.distress_peak == 8


def test_deleting_an_unfinished_practice_takes_its_draft_and_undo_brings_both(
    vault: Vault,
) -> None:
    practice = vault.practices.save(Practice(step_uid=None))
    vault.drafts.save(records.practice_draft_key(practice.uid), {"page": 2, "consent": "no"})
    deleted = records.delete(vault, "practices", practice.id)
    assert vault.drafts.get(records.practice_draft_key(practice.uid)) is None
    records.restore(vault, deleted)
    assert vault.drafts.get(records.practice_draft_key(practice.uid)).content["page"] == 2


def test_a_grounding_use_can_be_changed_deleted_and_put_back(vault: Vault) -> None:
    use = vault.grounding.add(
        GroundingUse(GroundingTool.SENSES_54321, at=T0, distress_before=6, distress_after=4)
    )
    use.note, use.distress_after = "The window helped.", 3
    records.edit_grounding(vault, use)
    assert vault.grounding.get(use.id).note == "The window helped."
    deleted = records.delete(vault, RecordKind.GROUNDING, use.id)
    assert records.list_records(vault, "grounding") == []
    records.restore(vault, deleted)
    [back] = records.list_records(vault, "grounding")
    assert (back.uid, back.distress_after, back.at) == (use.uid, 3, T0)


def test_the_threshold_defaults_to_7_can_change_and_can_be_switched_off(vault: Vault) -> None:
    assert hard_moments.threshold(vault) == H.DEFAULT_THRESHOLD == 7
    hard_moments.set_threshold(vault, 5)
    assert hard_moments.after_checkin(vault, CheckIn(distress=5, comfort=5)) is not None
    hard_moments.set_threshold(vault, None)
    assert hard_moments.threshold(vault) is None
    assert hard_moments.after_checkin(vault, CheckIn(distress=10, comfort=0)) is None
    with pytest.raises(ValueError):
        hard_moments.set_threshold(vault, 11)
    assert hard_moments.threshold(vault) is None  # a refused value changes nothing


def test_a_damaged_threshold_setting_still_offers_care(vault: Vault) -> None:
    vault.settings.set(H.SETTING_KEY, "seven")
    assert hard_moments.threshold(vault) == 7
