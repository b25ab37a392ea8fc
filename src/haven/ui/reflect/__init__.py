"""Reflect: the three reflection tools (Fear or danger?, What closeness means to me, A kind
word to myself), each saved in the vault with edit, delete and undo."""
