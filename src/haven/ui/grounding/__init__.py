"""Grounding: its own area (it used to be the ninth page of the safety plan)."""
