"""Haven's domain: plain dataclasses and pure rules. No Qt, no SQL, no I/O."""
