"""Haven's desktop window: Qt widgets and dialogs.

Only `haven.app` imports this package. Widgets never run SQL: they call the vault's
repositories and listen to the session's `locked`, `unlocked` and `data_changed` signals.
"""
