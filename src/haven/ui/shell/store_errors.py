"""A store refusal that reaches the event loop is shown as a calm notice, not a traceback.

Most views catch what they expect. A few refusals can come from any save, though: the
journal found damaged by `check` (writes stop, the newest sound backup is named), the key
file changed by another Haven, the journal in use elsewhere. Each carries a sentence for a
person (`HavenStoreError`), so the window shows it in the notice bar; anything else goes on
to the previous hook as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

from haven.store.errors import HavenStoreError

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def install(window: Any) -> Hook:
    """Route HavenStoreError to the window's notice bar. Returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, HavenStoreError):
            window.session.notices.append(str(exc))
            if window.session.is_unlocked:
                window.workspace.show_notices()
            return
        previous(kind, exc, tb)

    sys.excepthook = hook
    return previous
