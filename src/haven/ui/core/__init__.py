"""What every area relies on and no area draws: the session (vault, settings, lock and
unlock signals), background tasks, the clipboard guard and scrubbing of typed text."""
