"""With my partner: check-in conversations and the agreements they end in."""
