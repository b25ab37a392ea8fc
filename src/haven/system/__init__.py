"""What differs from one operating system to another, kept in one small package.

- `hardening`: no crash dumps of an open journal, private file modes (Linux, macOS, Windows).
- `folders`: where the journal, settings and cache live on each system.
- `capture`: the opt-in "hide Haven from screenshots and screen sharing" (Windows, macOS;
  not possible on Linux/X11, and Haven says so).
- `screen_lock`: which system events mean "the screen locked" or "the computer sleeps".
- `desktop_entry`: the Linux menu entry, icons and AppStream metainfo, discreet mode included.

Nothing here imports Qt at module level, so the CLI and tests can use every part; the
Windows and macOS paths are tested on Linux with their system calls faked.
"""
