""" "Someone may know my old passphrase": the choice beside a passphrase change, and what
the window says after the journal got a new key (the same facts `haven passwd` prints)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from haven.ui.kit.widgets import ask_calmly, paragraph


def _t(text: str) -> str:
    return QCoreApplication.translate("Rotation", text)


class RotationChoice(QWidget):
    """Two checkboxes: a new key for the journal, and (with it) removing the backups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_key = QCheckBox(
            _t("Someone may know my old passphrase: give the journal a new key")
        )
        self.new_key.setAccessibleName(_t("Give the journal a new key"))
        self.remove_backups = QCheckBox(
            _t("Remove the backups in Haven's folder instead of re-encrypting them")
        )
        self.remove_backups.setAccessibleName(_t("Remove the backups instead"))
        self.remove_backups.setEnabled(False)
        self.new_key.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_key)
        layout.addWidget(self.remove_backups)
        layout.addWidget(
            paragraph(
                _t(
                    "With a new key, the old passphrase and the old recovery code no longer "
                    "open anything in Haven's folder, and you get a new recovery code. Copies "
                    "made elsewhere, like a backup on a USB stick, still open with the old "
                    "passphrase."
                ),
                hint=True,
            )
        )

    def _toggled(self, on: bool) -> None:
        self.remove_backups.setEnabled(on)
        if not on:
            self.remove_backups.setChecked(False)

    @property
    def rotate(self) -> bool:
        return self.new_key.isChecked()

    @property
    def remove(self) -> bool:
        return self.new_key.isChecked() and self.remove_backups.isChecked()

    def reset(self) -> None:
        self.new_key.setChecked(False)


def describe(result: Any) -> str:
    """What a rotation did, in a few sentences (result: store.rotation.RotationResult)."""
    parts = [
        _t(
            "Your new passphrase is saved, and the journal has a new key. The old passphrase "
            "and recovery code no longer open anything in Haven's folder."
        )
    ]
    if result.reencrypted:
        parts.append(
            _t("{n} backup(s) now open with the new passphrase.").format(n=len(result.reencrypted))
        )
    chosen = [n for n in result.removed if n not in result.unopenable]
    if chosen:
        parts.append(_t("{n} backup(s) were removed, as you chose.").format(n=len(chosen)))
    if result.unopenable:
        parts.append(
            _t("{n} older copy or copies the journal's key could not open were removed.").format(
                n=len(result.unopenable)
            )
        )
    if result.keychain_dropped:
        parts.append(_t("Remembering on this device is off now; you can switch it on again."))
    return " ".join(parts)


def ask_to_remove_backups(parent: QWidget | None) -> bool:
    """Asked once, before a new key removes the backups in Haven's folder."""
    return ask_calmly(
        parent,
        _t("Remove the backups?"),
        _t(
            "With the new key, the backups in Haven's folder will be removed instead of "
            "re-encrypted. Backups you made elsewhere are not touched."
        ),
        go=_t("Remove them"),
        go_name=_t("Remove the backups"),
        keep=_t("Keep them"),
        destructive=True,
    )
