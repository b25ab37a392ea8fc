"""Moving a whole journal in and out of Haven, in documented file formats.

`haven_json` is Haven's own format: everything in the vault, versioned, and read back the
same way, so an export imported into a new vault gives the same journal. Exports leave the
vault unencrypted; whoever writes one to disk says so to the person.
"""

from haven.exchange.haven_json import (
    ImportReport,
    describe_counts,
    document_counts,
    export_document,
    import_document,
    validate_document,
)
from haven.exchange.haven_json_kinds import FORMAT, VERSION, ImportProblem

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportProblem",
    "ImportReport",
    "describe_counts",
    "document_counts",
    "export_document",
    "import_document",
    "validate_document",
]
