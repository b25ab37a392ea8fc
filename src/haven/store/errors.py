"""Errors the store raises, each carrying words a person can read, and the facts.

The message says what happened and what is safe, never a raw database error. What to do
next depends on the front end (a command to type, a button to press), so the store says
no command or option: each front end adds its own way on from the facts these errors carry
(`where`, `backup`): see haven.cli.words and haven.ui.kit.words.
"""

from __future__ import annotations


class HavenStoreError(Exception):
    """Base class: `str(error)` is a calm sentence fit to show a person."""


class WrongSecret(HavenStoreError):
    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"That {what} didn't open this journal. Nothing was changed.")
        self.what = what


class VaultMissing(HavenStoreError):
    def __init__(self, where: str) -> None:
        super().__init__(f"There is no Haven journal in {where} yet.")
        self.where = where


class VaultExists(HavenStoreError):
    def __init__(self, where: str) -> None:
        super().__init__(f"A Haven journal already exists in {where}. Nothing was changed.")
        self.where = where


class VaultLocked(HavenStoreError):
    def __init__(self) -> None:
        super().__init__("The journal is locked. Unlock it first.")


class PlaintextDatabase(HavenStoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"The file {where} is an unencrypted database, not a Haven journal. "
            "Haven will not open or change it."
        )


class VaultCorrupt(HavenStoreError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "The journal file could not be read as it should. Haven left it untouched. "
            f"A backup may help. ({detail})"
        )


class KeyFileError(HavenStoreError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "The key file beside the journal could not be read, so the journal cannot be "
            f"opened. Haven left both files untouched. ({detail})"
        )


class RecordConflict(HavenStoreError, ValueError):
    """What was saved conflicts with what is there (a uid already in use, say).

    Raised in place of SQLite's IntegrityError, so no layer above the store needs SQL errors.
    """

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "This would clash with something already in the journal, so it was not saved."
            + (f" ({detail})" if detail else "")
        )


class KeychainUnavailable(HavenStoreError):
    """No working OS keychain: the passphrase is always used instead."""


class VaultInUse(HavenStoreError):
    def __init__(self) -> None:
        super().__init__(
            "The journal is open in Haven somewhere else (another window or command). "
            "Lock or close Haven there, then try again. Nothing was changed."
        )


class KeyFileChanged(HavenStoreError):
    """The key file on disk is not the one this vault was unlocked with."""

    def __init__(self) -> None:
        super().__init__(
            "The journal's key file was changed by Haven somewhere else (a passphrase change "
            "in another window or on the command line, say) after this one was unlocked. "
            "Nothing was changed, so the other change stands. Lock Haven and unlock it with "
            "the current passphrase, then try again."
        )


class VaultDamaged(HavenStoreError):
    """`check` found damage: writes are refused until the journal is restored or sound."""

    def __init__(self, backup: str | None) -> None:
        found = (
            f" The newest sound backup is {backup}."
            if backup
            else " Haven found no sound backup in the data folder."
        )
        super().__init__(
            "Haven found damage in the journal, so it saves nothing more into it: writing "
            f"could make the damage worse. What is there is unchanged.{found}"
        )
        self.backup = backup
