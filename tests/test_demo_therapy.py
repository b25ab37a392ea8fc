"""`haven demo` fills the sessions log and the list to bring: six sessions over the last
three months, practices linked to steps, a few things still to bring, the rest ticked off."""

from __future__ import annotations

from datetime import timedelta

from haven import demo
from haven.store import Vault
from haven.usecases import therapy, to_bring
from tests.test_demo import END


def test_demo_writes_sessions_over_the_last_three_months(vault: Vault) -> None:
    counts = demo.populate(vault, years=1, end=END)
    sessions = therapy.sessions(vault)
    assert counts["therapy_sessions"] == len(sessions) == 6
    assert all(END - timedelta(days=100) <= s.day <= END for s in sessions)
    assert all(s.worked_on and s.keep and s.practice for s in sessions)
    step_uids = {s.uid for s in vault.roadmap.list()}
    assert any(s.step_uids for s in sessions)
    assert all(set(s.step_uids) <= step_uids for s in sessions)


def test_demo_list_has_a_few_open_items_and_the_rest_talked_about(vault: Vault) -> None:
    demo.populate(vault, years=1, end=END)
    last = therapy.last_session_date(vault)
    assert last is not None
    still_open = to_bring.open_items(vault)
    assert 3 <= len(still_open) <= 8
    assert all(i.added.date() > last for i in still_open)
    assert "Typed" in {i.source for i in still_open}
    done = to_bring.talked_about(vault)
    assert done and all(i.talked_on is not None and i.talked_on <= last for i in done)
