"""Writing Day One JSON exports the way Day One writes them, for the importer's tests.

Day One (on macOS and iOS) pretty-prints with two spaces and `"key" : value`, escapes "/"
as "\\/", keeps non-ASCII letters as they are, and escapes Markdown punctuation in `text`
with a backslash. A zip export holds `Journal.json` beside a `photos/` folder named by
each photo's md5.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

_MARKDOWN_PUNCTUATION = re.compile(r"([\\.!#()*+\-\[\]_`>])")


def escape(text: str) -> str:
    """Text as Day One stores it: Markdown punctuation behind a backslash."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def document(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"metadata": {"version": "1.0"}, "entries": entries}


def dumps(doc: Any) -> bytes:
    text = json.dumps(doc, indent=2, separators=(",", " : "), ensure_ascii=False)
    return text.replace("/", "\\/").encode("utf-8")


def entry(
    uuid: str,
    created: str,
    text: str,
    *,
    zone: str | None = "Europe/London",
    tags: list[str] | None = None,
    starred: bool = False,
    photos: int = 0,
    location: bool = False,
    weather: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """One entry as Day One writes it; `text` is given already escaped, as in the file."""
    item: dict[str, Any] = {
        "uuid": uuid,
        "creationDate": created,
        "modifiedDate": created,
        "starred": starred,
        "creationDevice": "A phone",
        "creationOSName": "iOS",
        "text": text,
        "duration": 0,
    }
    if zone is not None:
        item["timeZone"] = zone
    if tags is not None:
        item["tags"] = tags
    if photos:
        idents = [hashlib.md5(f"{uuid}/{i}".encode()).hexdigest().upper() for i in range(photos)]
        item["photos"] = [
            {
                "identifier": ident,
                "md5": hashlib.md5(f"{uuid}{ident}".encode()).hexdigest(),
                "type": "jpeg",
                "orderInEntry": i,
                "width": 3200,
                "height": 2400,
                "date": created,
            }
            for i, ident in enumerate(idents)
        ]
        item["text"] = text + "".join(f"\n\n![](dayone-moment://{i})" for i in idents)
    if location:
        item["location"] = {
            "localityName": "Exampletown",
            "country": "Nowhere",
            "placeName": "12 Invented Lane",
            "latitude": 10.5,
            "longitude": 20.25,
            "timeZoneName": zone or "UTC",
        }
    if weather:
        item["weather"] = {"conditionsDescription": "Cloudy", "temperatureCelsius": 9}
    item.update(extra)
    return item


def write_json(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_bytes(dumps(document(entries)))
    return path


def write_zip(path: Path, entries: list[dict[str, Any]], name: str = "Journal.json") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, dumps(document(entries)))
        for item in entries:
            for photo in item.get("photos", []):
                archive.writestr(f"photos/{photo['md5']}.jpeg", b"\xff\xd8\xff not a real photo")
    return path
