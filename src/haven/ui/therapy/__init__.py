"""The "With my therapist" area: the sessions log, the list to bring, since my last session."""
