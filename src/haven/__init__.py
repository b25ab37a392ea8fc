"""Haven: a local-first, encrypted journaling and pacing companion."""

__version__ = "0.1.0"
