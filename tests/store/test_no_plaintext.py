"""Nothing written through any repository is readable in any file Haven wrote."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from haven.domain.models import (
    Actor,
    Boundary,
    CheckIn,
    ChecklistAnswer,
    ChecklistItem,
    Contact,
    Debrief,
    GroundingTool,
    GroundingUse,
    JournalEntry,
    PausePlanStep,
    Practice,
    PreBrief,
    RoadmapStep,
    Routine,
    Script,
    Signal,
    SignalKind,
    StepState,
    Threshold,
    Trigger,
    Zone,
)
from haven.domain.partner import Agreement, Conversation
from haven.domain.reflection import FearCheck, KindWord, LearnMark, Pile, Placement, ValuesSort
from haven.domain.therapy import TherapySession, ToBringItem
from haven.store import Vault
from haven.usecases import partner as partner_usecases
from tests.conftest import PASSPHRASE

MARKER = "Zq7MarkerSecretText"


def fill_every_repository(vault: Vault, marker: str) -> None:
    vault.checkins.add(CheckIn(distress=3, comfort=6, note=marker, tags=[marker + "tag"]))
    vault.journal.add(JournalEntry(title=marker, body=f"{marker} body", tags=[marker + "j"]))
    step = vault.roadmap.add(RoadmapStep(title=marker, description=marker, readiness_notes=marker))
    vault.roadmap.change_state(step.id, StepState.PRACTISING, note=marker)
    item = vault.thresholds.add(Threshold(situation=marker, boundary=marker, notes=marker))
    vault.thresholds.move(item.id, Zone.MANAGEABLE, note=marker)
    vault.practices.save(
        Practice(
            step_uid=step.uid,
            pre=PreBrief(intention=marker, boundaries=marker, stop_signal=marker),
            debrief=Debrief(what_helped=marker, what_was_hard=marker, for_therapist=marker),
        )
    )
    boundary = vault.safety.add(Boundary(text=marker, review_by=date(2026, 1, 1)))
    vault.safety.review_boundary(boundary.id, text=marker + " revised", note=marker)
    for section_item in (
        Trigger(text=marker, contexts=marker, what_helps=marker),
        Contact(name=marker, relation=marker, how_to_reach=marker, when_to_call=marker),
        Signal(kind=SignalKind.PAUSE, signal=marker, meaning=marker),
        PausePlanStep(actor=Actor.ME, text=marker),
        Routine(title=marker, description=marker, kind=marker),
        Script(title=marker, body=marker, category=marker),
    ):
        vault.safety.add(section_item)
    check = vault.safety.add(ChecklistItem(activity=marker))
    vault.safety.mark_checklist(check.id, ChecklistAnswer.YES, note=marker)
    vault.grounding.add(GroundingUse(tool=GroundingTool.BODY_SCAN, note=marker))
    vault.reflections.add_fear_check(
        FearCheck(happening=marker, body=marker, safe_now=marker, not_safe=marker, will_do=marker)
    )
    vault.reflections.add_values_sort(
        ValuesSort(note=marker, placements=[Placement("own:1", marker, Pile.A_LOT)])
    )
    vault.reflections.add_kind_word(KindWord(moment=marker, words=marker, note=marker))
    vault.reflections.set_learn_mark(LearnMark(reading=marker, helpful=True))
    vault.therapy.add_session(
        TherapySession(
            day=date(2026, 1, 2),
            worked_on=marker,
            keep=marker,
            practice=marker,
            questions=marker,
            step_uids=[step.uid],
        )
    )
    vault.therapy.save_item(ToBringItem(text=marker + " typed"))
    vault.therapy.save_item(ToBringItem(text=marker, kind="journal", record_uid=marker + "rec"))
    talk = Conversation(note=marker)
    talk.answer("felt_good").mine = marker
    talk.answer("boundary").partner = marker
    vault.partner.finish_conversation(talk, [Agreement(text=marker)])
    [agreement] = vault.partner.agreements()
    partner_usecases.revise_agreement(
        vault, agreement, "new words", None, share=True
    )  # marker kept in history
    vault.drafts.save("journal:new", {"body": marker})
    vault.settings.set("note", marker)


def files_containing(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits


def needles_for(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text[:12].encode("utf-8")]


def test_marker_text_from_every_repository_never_reaches_a_file(
    vault: Vault, isolated_home: Path, data_dir: Path, tmp_path: Path
) -> None:
    fill_every_repository(vault, MARKER)
    # Deleting must really delete, too (secure_delete): delete a second marker's entry.
    gone = vault.journal.add(JournalEntry(body="Vanished8Marker words"))
    vault.journal.delete(gone.id)
    vault.backup_to(data_dir / "backups" / "copy.db")
    vault.lock()

    written = sorted(p.name for p in data_dir.rglob("*") if p.is_file())
    assert {"haven.db", "haven.key", "copy.db", "copy.db.key"} <= set(written)
    assert files_containing(tmp_path, needles_for(MARKER)) == []
    assert files_containing(tmp_path, needles_for("Vanished8Marker")) == []
    assert files_containing(tmp_path, needles_for(PASSPHRASE)) == []
    assert not vault.db_path.read_bytes().startswith(b"SQLite format 3")


def test_a_key_rotation_and_a_restore_leave_no_marker_text_in_any_file(
    vault: Vault, isolated_home: Path, data_dir: Path, tmp_path: Path
) -> None:
    """Rotation stages, swaps and re-encrypts; restore moves the old pair aside: every file
    they write or leave is still encrypted."""
    from haven.store.backups import restore
    from haven.store.keyfile import CHEAP_KDF

    fill_every_repository(vault, MARKER)
    copy = data_dir / "backups" / "auto-20260101T000000Z.db"
    vault.backup_to(copy)
    vault.rotate_key("a lantern by the quiet river", kdf=CHEAP_KDF)
    vault.lock()
    restore(data_dir, copy, passphrase="a lantern by the quiet river")
    written = {p.name for p in data_dir.rglob("*") if p.is_file()}
    assert {"haven.db", "haven.key", "auto-20260101T000000Z.db"} <= written
    assert any(name.startswith("replaced-") for name in written)
    assert files_containing(tmp_path, needles_for(MARKER)) == []
    assert files_containing(tmp_path, needles_for("a lantern by the quiet river")) == []


def test_the_scan_would_notice_plaintext(tmp_path: Path) -> None:
    """The scan itself can fail: plain text in a file is found."""
    (tmp_path / "leak.txt").write_text(f"oops {MARKER}", encoding="utf-8")
    assert files_containing(tmp_path, needles_for(MARKER)) != []


def test_the_vault_still_reads_everything_back(vault: Vault, data_dir: Path) -> None:
    fill_every_repository(vault, MARKER)
    vault.lock()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    assert again.journal.search(MARKER)[0].title == MARKER
    assert again.safety.list(Contact)[0].name == MARKER
    assert again.reflections.kind_words()[0].words == MARKER
    assert MARKER in again.reflections.learn_marks()
    assert again.partner.conversations()[0].answer("boundary").partner == MARKER
    assert again.partner.agreements()[0].history[0].text == MARKER
    again.lock()
