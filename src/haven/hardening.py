"""Moved to `haven.system.hardening` (the platform seam); kept so old imports still work."""

from haven.system.hardening import harden_process, is_dumpable

__all__ = ["harden_process", "is_dumpable"]
