"""The thresholds map area: what feels fine, what needs care, what is not for now."""
