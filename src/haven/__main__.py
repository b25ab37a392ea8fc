"""Allow `python -m haven`."""

from haven.cli import main

raise SystemExit(main())
