"""The Journal area: the entry list and its model, the editor, and their small widgets."""
