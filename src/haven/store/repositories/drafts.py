"""Drafts of unfinished text, and settings that live inside the vault.

Drafts are how "nothing typed is lost" works: the editor saves its fields here every few
seconds, encrypted like everything else. There is never a plaintext draft file.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from haven.domain.clock import now
from haven.domain.models import Draft
from haven.store.repositories._base import Repository, moment, read_moment


class DraftRepository(Repository):
    def save(
        self, key: str, content: dict[str, Any], *, updated_at: datetime | None = None
    ) -> Draft:
        """Save (or replace) the draft under `key`; `updated_at` is kept when importing."""
        draft = Draft(key=key, content=dict(content), updated_at=updated_at or now())
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (key, content, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(key) DO UPDATE SET content=excluded.content,"
                " updated_at=excluded.updated_at",
                (key, json.dumps(draft.content, ensure_ascii=False), moment(draft.updated_at)[0]),
            )
        return draft

    def get(self, key: str) -> Draft | None:
        row = self.conn.execute(
            "SELECT id, key, content, updated_at FROM drafts WHERE key=?", (key,)
        ).fetchone()
        return None if row is None else _draft(row)

    def all(self, prefix: str = "") -> list[Draft]:
        rows = self.conn.execute(
            "SELECT id, key, content, updated_at FROM drafts WHERE substr(key, 1, ?) = ?"
            " ORDER BY updated_at DESC",
            (len(prefix), prefix),
        ).fetchall()
        return [_draft(r) for r in rows]

    def discard(self, key: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE key=?", (key,))


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(
        id=row[0], key=row[1], content=json.loads(row[2]), updated_at=read_moment(row[3]) or now()
    )


class SettingsRepository(Repository):
    """Personal settings kept encrypted (reminders, review intervals…), as JSON values."""

    def get(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?,?)"
                " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def remove(self, key: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key=?", (key,))

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM settings")}
