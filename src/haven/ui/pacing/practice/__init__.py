"""The practice area: before, during and after a practice, and its drafts."""
