"""Getting into the journal: the unlock view, the first run, the recovery code and the
passphrase-strength hint."""
