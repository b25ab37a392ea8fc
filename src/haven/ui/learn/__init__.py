"""Learn: short readings in Haven's own words, searchable, with the person's marks."""
