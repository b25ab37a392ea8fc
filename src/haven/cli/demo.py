"""`haven demo`: a new journal filled with fictional sample data, for trying Haven out."""

from __future__ import annotations

import argparse

from haven.cli import secrets
from haven.cli.common import data_dir, say
from haven.cli.secrets import new_passphrase, passphrase_path
from haven.cli.vault import show_recovery_code
from haven.domain.counting import counted
from haven.store.errors import VaultExists
from haven.store.vault import Vault
from haven.usecases.demo import create_demo_journal

DEMO_YEARS_MAX = 20

_DEMO_NAMES = {
    "checkins": "check-ins",
    "pause_plan_steps": "pause-plan steps",
    "practice_drafts": "unfinished practices",
    "fear_checks": "fear-or-danger pages",
    "learn_marks": "marked readings",
    "partner_conversations": "check-in conversations with a partner",
    "to_bring_requests": "hard moments to talk about in therapy",
}


def cmd_demo(args: argparse.Namespace) -> int:
    where = data_dir(args)
    if Vault(where).exists:
        raise VaultExists(str(where))
    passphrase = new_passphrase(passphrase_path(args), "--passphrase-file")
    # All or nothing: stopped or failed, no journal is left (usecases/demo.py).
    counts, code = create_demo_journal(
        where, passphrase, secrets.new_secret_kdf(), years=args.years
    )
    years = f"{args.years} year{'s' if args.years != 1 else ''}"
    say(f"A demo journal with {years} of sample history is ready in {where}.")
    say("Everything in it is invented: every person, event and number is fictional.")
    written = ", ".join(
        counted(n, _DEMO_NAMES.get(name, name.replace("_", " "))) for name, n in counts.items() if n
    )
    if written:
        say(f"It holds {written}.")
    show_recovery_code(code)
    return 0
