"""Haven's desktop window: Qt widgets and dialogs, one folder per area.

`core` (session, tasks, clipboard, scrub) and `kit` (shared widgets and dialogs) serve every
area; `shell` is the main window and what frames the areas; `access` is unlock and first
run; `calm` is Pause and Help now; then one folder per area: `today`, `journal`, `pacing`
(roadmap, thresholds, practice), `safety`, `progress`, `share`, `settings`.

Only `haven.app` imports this package. Widgets never run SQL: they call the vault's
repositories and listen to the session's `locked`, `unlocked` and `data_changed` signals.
"""
