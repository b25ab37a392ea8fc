"""What a person does, as one call each: the rules of the domain applied to the vault.
Both the window and the command line call these, so they behave the same."""
