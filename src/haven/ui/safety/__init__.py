"""The Safety plan area: its sections, editors and list models."""
