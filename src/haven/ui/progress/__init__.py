"""The Progress area: charts drawn in memory, their data and their legend."""
