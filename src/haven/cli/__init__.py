"""The `haven` command: the desktop app with no subcommand, and a few tasks for a terminal.

Every command documented in docs/cli.md. Exit codes: 0 done; 1 a problem the person can
fix (the message says how); 2 the command line itself was not understood.

Secrets never come from an argument or from an environment variable holding the secret:
only from a file (--passphrase-file, or the file named by HAVEN_PASSPHRASE_FILE) or from a
no-echo prompt on a terminal. The CLI never imports Qt: the app is imported only when the
desktop window is asked for.

The package is laid out like the commands: `main` (the entry point and how problems become
exit codes), `parser` (the command line), `secrets` (the one reader of passphrase files and
prompts, which the desktop window uses too), and one module per group of commands: `vault`
(init, check, passwd, recover), `entries` (checkin, journal, search), `exchange` (export,
import), `backups` (backup, restore, the automatic backup) and `demo`. Importing the
package is cheap: the heavy modules load only when `main` runs a command.
"""

from haven.cli.main import main

__all__ = ["main"]
