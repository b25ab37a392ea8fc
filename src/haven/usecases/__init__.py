"""Operations both front ends call: the window and the command line do a thing the same way.

Each use case takes an open vault (or a folder) and plain domain objects, composes the
repositories inside one transaction where the change must be all or nothing, and knows
nothing of Qt or of a terminal. The front ends choose the words and the moment; widgets
never open a transaction themselves (tests/test_layers.py checks that).
"""
