"""The main window and what frames every area: the areas registry, the workspace, idle and
system lock, keyboard shortcuts, the theme and the first-paint watcher."""
