"""The Today area: a quick check-in and what helps today."""
