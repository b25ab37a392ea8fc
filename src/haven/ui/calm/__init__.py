"""Pause, Help now, the breathing guide and grounding tools: reachable from every screen,
before unlocking too."""
