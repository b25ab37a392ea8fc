"""A password on a PDF: AES-256 (PDF 2.0 security handler, revision 6), in memory.

`protect(pdf_bytes, password)` returns the same document encrypted so that it opens only
with the password. The same password is set as the owner password, so whoever can open
the file can also print and copy from it: the aim is privacy, not restrictions. The
metadata is encrypted too. Nothing is written to disk.
"""

from __future__ import annotations

from io import BytesIO


class PasswordProblem(ValueError):
    """A password that cannot protect a PDF (an empty one)."""


def protect(pdf_bytes: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 (R=6); it opens only with `password`."""
    import pikepdf

    if not password:
        raise PasswordProblem("A PDF password cannot be empty.")
    with pikepdf.open(BytesIO(pdf_bytes)) as pdf:
        out = BytesIO()
        pdf.save(
            out,
            encryption=pikepdf.Encryption(
                user=password,
                owner=password,
                R=6,
                aes=True,
                metadata=True,
                allow=pikepdf.Permissions(),
            ),
        )
    return out.getvalue()
