"""Shared widgets every area builds with: calm headings and fields, dialogs, the rating
scale. Nothing here knows about a particular area."""
