"""Reading a zip file someone gives Haven, without trusting it.

A zip is read in memory and never extracted, so a member's name can never write anywhere
(no "../" escape, no absolute path, no link). The limits below keep a hostile or broken
file from filling the memory ("zip bomb"): a member's declared size is checked first, and
then the bytes actually read are counted, because a declared size can lie. Every refusal
is an ImportProblem that says what is wrong and that nothing was imported.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from haven.exchange.text_import import ImportProblem

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with members, an empty zip

MAX_MEMBERS = 250_000  # a Markdown export of 100,000 entries has about that many files
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one member, uncompressed
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # everything read from one zip, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 32 * 1024 * 1024  # a huge, very repetitive note is still a note
_CHUNK = 1024 * 1024


def looks_like_zip(data: bytes) -> bool:
    return data[:4] in ZIP_MAGIC


@dataclass(frozen=True, slots=True)
class Member:
    """One file inside the zip: its checked name (folders with "/") and its bytes."""

    name: str
    data: bytes


def safe_name(raw: str, archive: str) -> str:
    """The member's name, refused when it could point outside the archive's own folder."""
    name = raw.replace("\\", "/")
    path = PurePosixPath(name)
    if (
        "\x00" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")  # C:/…
        or any(part == ".." for part in path.parts)
    ):
        raise ImportProblem(
            f"{archive} holds a file named '{raw[:80]}', which points outside the zip. "
            "Haven does not read zips like that."
        )
    return str(path)


class ZipReader:
    """The members of a zip held in memory, read within the limits above."""

    def __init__(self, data: bytes, archive: str) -> None:
        self.archive = archive
        self._total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise ImportProblem(
                f"{archive} is not a zip file Haven can read: it may be damaged or cut short."
            ) from None
        if len(infos) > MAX_MEMBERS:
            raise ImportProblem(
                f"{archive} holds {len(infos):,} files, more than Haven reads from one zip "
                f"({MAX_MEMBERS:,})."
            )
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = safe_name(info.filename, archive)
            if info.is_dir():
                continue
            self._infos[name] = info

    @property
    def names(self) -> list[str]:
        """Every file's name, in the zip's own order (folders left out)."""
        return list(self._infos)

    def read(self, name: str) -> Member:
        info = self._infos[name]
        where = f"{self.archive}, {name}"
        if info.flag_bits & 0x1:
            raise ImportProblem(f"{where} is encrypted inside the zip; Haven cannot read it.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportProblem(
                f"{where} is {info.file_size // (1024 * 1024):,} MB unpacked, more than "
                f"Haven reads from one file in a zip ({MAX_MEMBER_BYTES // (1024 * 1024)} MB)."
            )
        limit = min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._total)
        if info.file_size > RATIO_FLOOR:
            limit = min(limit, max(info.compress_size, 1) * MAX_RATIO)
        out = bytearray()
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    out += chunk
                    if len(out) > limit or len(out) > info.file_size:
                        raise ImportProblem(
                            f"{where} unpacks to more than it says, or far more than its "
                            "packed size: it looks like a zip made to fill the memory "
                            '(a "zip bomb"). Haven stopped reading it.'
                        )
        except ImportProblem:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise ImportProblem(
                f"{where} cannot be unpacked ({exc}). The zip may be damaged or cut short."
            ) from None
        self._total += len(out)
        return Member(name, bytes(out))
