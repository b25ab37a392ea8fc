"""Pacing: the roadmap, the thresholds map and practice, with what they share in `common`."""
