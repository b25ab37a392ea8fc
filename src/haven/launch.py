"""The `haven` entry point: open the desktop window quickly, or hand over to the CLI.

Why a separate module: `haven.cli` builds every subcommand and imports the vault, the
exporters and the report code, which cost about 110 ms before the first window could be
painted. With no subcommand, only the three options the desktop app takes are read here
(`haven.cli` documents them; `--help` and anything else go to it unchanged). `--version` on
its own is answered here too, so packaging checks and scripts get it at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple


class DesktopOptions(NamedTuple):
    data_dir: str | None
    passphrase_file: str | None
    exit_after_first_paint: bool


_VALUE_OPTIONS = {"--data-dir": "data_dir", "--passphrase-file": "passphrase_file"}
_FLAG = "--exit-after-first-paint"


def desktop_options(argv: list[str]) -> DesktopOptions | None:
    """The desktop app's options when argv asks for nothing else; None to use the CLI."""
    values: dict[str, str | None] = {"data_dir": None, "passphrase_file": None}
    flag = False
    tokens = iter(argv)
    for token in tokens:
        name, equals, inline = token.partition("=")
        if name in _VALUE_OPTIONS:
            value = inline if equals else next(tokens, None)
            if not value or value.startswith("-"):
                return None  # let the CLI explain the usage error
            values[_VALUE_OPTIONS[name]] = value
        elif token == _FLAG:
            flag = True
        else:
            return None  # a subcommand, --help, or something the CLI should judge
    return DesktopOptions(values["data_dir"], values["passphrase_file"], flag)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:  # answered before anything heavy is imported
        from haven import __version__

        print(f"haven {__version__}")
        return 0
    options = desktop_options(argv)
    if options is None:
        from haven.cli import main as cli_main

        return cli_main(argv)
    from haven import config
    from haven.app import run_gui
    from haven.hardening import harden_process

    harden_process()
    return int(
        run_gui(
            data_dir=config.data_dir(options.data_dir),
            passphrase_file=Path(options.passphrase_file) if options.passphrase_file else None,
            exit_after_first_paint=options.exit_after_first_paint,
        )
    )
