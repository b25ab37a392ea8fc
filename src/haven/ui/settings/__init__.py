"""The Settings area, with the import and backup dialogs it opens."""
