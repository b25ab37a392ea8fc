"""Share: the summary for therapy, the partner page and the CSV hold only what was chosen,
the preview writes nothing, and saving writes one private file after a plain warning."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import timedelta
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt

from haven.domain.clock import now
from haven.domain.models import Boundary, JournalEntry, Script, Signal, SignalKind
from haven.ui.kit import file_dialogs
from haven.ui.share import panel as share_panel
from haven.ui.share.area import ShareArea
from tests.ui.conftest import widgets_holding

SHARED = "Zephyrmarker"  # A: marked for sharing, ticked in some tests
PRIVATE = "Quillmarker"  # B: never marked for sharing
UNPICKED = "Bramblemarker"  # C: marked for sharing, never ticked

RENDER_TIMEOUT = 60_000


def pdf_text(data: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8")


def files_under(*roots: Path) -> set[Path]:
    found = set()
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            found.update(Path(folder) / name for name in names)
    return found


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cwd"
    where.mkdir()
    monkeypatch.chdir(where)
    return where


@pytest.fixture
def share(unlocked, cwd) -> ShareArea:
    vault = unlocked.session.vault
    moment = now() - timedelta(days=2)
    for marker, shared in ((SHARED, True), (PRIVATE, False), (UNPICKED, True)):
        vault.journal.add(
            JournalEntry(
                body=f"Words about {marker} today.",
                title=f"Entry {marker}",
                at=moment,
                share_with_therapist=shared,
            )
        )
        moment += timedelta(hours=1)
    area = unlocked.workspace.show_area("share")
    area.refresh()
    return area


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Answer the save dialog with a path and the warning with "Save"; record the warning."""
    warnings: list[str] = []

    def answer(path: Path) -> list[str]:
        monkeypatch.setattr(
            file_dialogs,
            "run",
            lambda dialog: str(path),
        )

        def ask(parent, title, text):
            warnings.append(text)
            return True

        monkeypatch.setattr(share_panel, "ask_before_saving", ask)
        monkeypatch.setattr("haven.ui.share.area.ask_before_saving", ask)
        monkeypatch.setattr("haven.ui.share.markdown.ask_before_saving", ask)
        return warnings

    return answer


def preview(qtbot, panel) -> bytes:
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.preview.page_count > 0, timeout=RENDER_TIMEOUT)
    assert panel._pdf is not None
    return panel._pdf


def entry_choice(panel, marker: str):
    return next(c for c in panel.entries if marker in c.title.text())


def test_share_is_listed_after_progress(unlocked) -> None:
    nav = unlocked.workspace.nav
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles.index("Share") == titles.index("Settings") - 1


def test_summary_holds_no_journal_text_by_default(qtbot, share, isolated_home, cwd) -> None:
    panel = share.summary
    assert not panel.journal.isChecked()
    listed = " ".join(c.title.text() for c in panel.entries)
    assert SHARED in listed and UNPICKED in listed and PRIVATE not in listed
    assert not any(c.box.isChecked() for c in panel.entries)
    assert not widgets_holding(PRIVATE)

    before = files_under(isolated_home, cwd)
    text = pdf_text(preview(qtbot, panel))
    assert files_under(isolated_home, cwd) == before  # the preview wrote nothing
    assert all(not label.pixmap().isNull() for label in panel.preview.pages)
    for marker in (SHARED, PRIVATE, UNPICKED):
        assert marker not in text
    assert "Summary for therapy" in text


def test_support_contacts_and_triggers_start_unticked(share) -> None:
    boxes = share.summary.safety_parts
    assert not boxes["contacts"].isChecked() and not boxes["triggers"].isChecked()
    assert "off unless you tick it" in boxes["contacts"].text()
    ticked = {part for part, box in boxes.items() if box.isChecked()}
    assert ticked == {"boundaries", "signals", "pause-plan", "routines", "scripts", "checklist"}


def test_only_the_ticked_entry_goes_in(qtbot, share) -> None:
    panel = share.summary
    entry_choice(panel, SHARED).box.setChecked(True)
    assert SHARED not in pdf_text(preview(qtbot, panel))  # the journal section is still off
    panel.journal.setChecked(True)
    assert panel._pdf is None and panel.preview.page_count == 0  # a change drops the preview
    text = pdf_text(preview(qtbot, panel))
    assert SHARED in text
    assert PRIVATE not in text and UNPICKED not in text


def test_saving_writes_one_private_file_after_the_warning(
    qtbot, share, save_to, tmp_path, isolated_home, cwd
) -> None:
    panel = share.summary
    out = tmp_path / "out" / "summary.pdf"
    out.parent.mkdir()
    warnings = save_to(out)
    before = files_under(isolated_home, cwd, out.parent)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=RENDER_TIMEOUT)
    settings = isolated_home / "xdg_config_home" / "haven" / "settings.json"
    assert files_under(isolated_home, cwd, out.parent) - before - {settings} == {out}
    # The plain settings remember the folder for the next dialog, never the file's name.
    assert '"last_folder": "' + str(out.parent) + '"' in settings.read_text()
    assert "summary" not in settings.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert warnings and "will not be encrypted" in warnings[0]
    message = panel.message.text()
    assert f"Your summary is saved at {out}. It is not encrypted: keep it somewhere private." in (
        message
    )
    assert "No journal entries are in it." in message
    assert out.read_bytes().startswith(b"%PDF")


def test_cancelled_warning_saves_nothing(qtbot, share, monkeypatch, tmp_path) -> None:
    panel = share.summary
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(
        file_dialogs,
        "run",
        lambda dialog: str(out),
    )
    monkeypatch.setattr(share_panel, "ask_before_saving", lambda *a: False)
    preview(qtbot, panel)
    panel.save()
    assert not out.exists()
    assert panel.message.text() == "Nothing was saved."


def test_a_password_protects_the_pdf(qtbot, share, save_to, tmp_path) -> None:
    panel = share.summary
    out = tmp_path / "protected.pdf"
    warnings = save_to(out)
    panel.password.use.setChecked(True)
    panel.password.first.setText("blue kettle")
    panel.password.second.setText("blue kettle!")
    panel.save()
    assert "same password" in panel.message.text() and not out.exists()
    panel.password.second.setText("blue kettle")
    preview(qtbot, panel)
    panel.save()
    assert out.exists()
    assert "not stored anywhere" in warnings[0]
    assert "opens only with the password" in panel.message.text()
    assert panel.password.first.text() == ""  # forgotten once used
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="blue kettle") as pdf:
        assert len(pdf.pages) >= 1


def test_partner_page_holds_only_the_chosen_parts(qtbot, unlocked, cwd) -> None:
    safety = unlocked.session.vault.safety
    safety.add(Boundary("Keepmarker boundary"))
    safety.add(Boundary("Dropmarker boundary"))
    safety.add(Script("Scriptmarker", "Some words"))
    safety.add(Signal(SignalKind.STOP, "Signalmarker", meaning="We stop"))
    area = unlocked.workspace.show_area("share")
    area.refresh()
    panel = area.partner
    assert not any(box.isChecked() for box in panel.parts.values())
    panel.save()
    assert "Choose at least one part" in panel.message.text()

    panel.parts["boundaries"].setChecked(True)
    drop = next(box for _, box in panel.items["boundaries"] if "Dropmarker" in box.text())
    drop.setChecked(False)
    text = pdf_text(preview(qtbot, panel))
    assert "Keepmarker" in text
    for marker in ("Dropmarker", "Scriptmarker", "Signalmarker"):
        assert marker not in text


def test_partner_page_agreements_start_as_marked_and_each_can_be_changed(
    qtbot, unlocked, cwd
) -> None:
    from haven.domain.partner import Agreement

    vault = unlocked.session.vault
    vault.partner.add_agreement(Agreement(text="Sharedmarker agreement", share=True))
    vault.partner.add_agreement(Agreement(text="Privatemarker agreement"))
    area = unlocked.workspace.show_area("share")
    area.refresh()
    panel = area.partner
    panel.parts["agreements"].setChecked(True)
    ticked = {box.text(): box.isChecked() for _, box in panel.items["agreements"]}
    assert ticked == {"Sharedmarker agreement": True, "Privatemarker agreement": False}
    text = pdf_text(preview(qtbot, panel))
    assert "Sharedmarker" in text and "Privatemarker" not in text
    assert "1 of your agreements" in panel.prepare().contents  # type: ignore[union-attr]

    private = next(b for _, b in panel.items["agreements"] if "Privatemarker" in b.text())
    private.setChecked(True)
    text = pdf_text(preview(qtbot, panel))
    assert "Sharedmarker" in text and "Privatemarker" in text


def test_csv_is_saved_with_the_same_warning(qtbot, share, save_to, tmp_path) -> None:
    out = tmp_path / "table.csv"
    warnings = save_to(out)
    share.csv.save()
    assert out.exists() and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "will not be encrypted" in warnings[0]
    assert "It is not encrypted: keep it somewhere private." in share.csv.message.text()


def test_the_journal_is_saved_as_markdown_with_the_same_warning(
    qtbot, share, save_to, tmp_path, cwd
) -> None:
    import zipfile

    out = tmp_path / "journal.zip"
    warnings = save_to(out)
    before = files_under(cwd, tmp_path / "home")

    share.tabs.setCurrentWidget(share.markdown)
    qtbot.mouseClick(share.markdown.save_button, Qt.MouseButton.LeftButton)

    assert out.exists() and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "will not be encrypted" in warnings[0]
    assert "3 journal entries as Markdown files" in warnings[0]
    message = share.markdown.message.text()
    assert "It is not encrypted: keep it somewhere private." in message
    with zipfile.ZipFile(out) as archive:
        texts = [archive.read(n).decode("utf-8") for n in archive.namelist()]
    assert sum(PRIVATE in t for t in texts) == 1  # every entry goes, the private one too
    settings = tmp_path / "home" / "xdg_config_home" / "haven" / "settings.json"
    # Nothing else was written (the plain settings only remember the folder).
    assert files_under(cwd, tmp_path / "home") - {settings} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_lock_forgets_every_entry_and_page(qtbot, share, unlocked) -> None:
    panel = share.summary
    panel.journal.setChecked(True)
    entry_choice(panel, SHARED).box.setChecked(True)
    preview(qtbot, panel)
    assert widgets_holding(SHARED)
    unlocked.session.lock()
    for marker in (SHARED, PRIVATE, UNPICKED):
        assert not widgets_holding(marker)
    assert panel.preview.page_count == 0 and panel._pdf is None
    assert panel.entries == []


def test_in_discreet_mode_a_pdf_password_starts_on_and_says_why(unlocked, cwd) -> None:
    from PySide6.QtWidgets import QLabel

    unlocked.session.settings.discreet_mode = True
    area = unlocked.workspace.show_area("share")
    area.refresh()
    for panel in (area.summary, area.partner):
        assert panel.password.use.isChecked()
        assert panel.discreet_reason.isVisibleTo(panel)
        texts = " ".join(label.text() for label in panel.findChildren(QLabel))
        assert "thumbnail" in texts  # the Share area says why a password helps
        panel.save()  # no password typed yet: nothing is saved, and it says what to do
        assert "Type a password for the PDF" in panel.message.text()
        panel.password.use.setChecked(False)  # the person may turn it off
        assert not panel.discreet_reason.isVisibleTo(panel)

    unlocked.session.settings.discreet_mode = False
    area.summary.refresh()
    assert not area.summary.password.use.isChecked()  # off by default outside discreet mode
