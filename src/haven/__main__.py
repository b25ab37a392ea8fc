"""Allow `python -m haven` (the same as the `haven` command)."""

from haven.launch import main

raise SystemExit(main())
