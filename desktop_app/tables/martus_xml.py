"""Martus bulletin XML, read with a hardened parser: the export format (v3) its client
wrote (``MartusBulletins`` with ``ExportMetaData``, each ``MartusBulletin`` with
``BulletinMetaData``, field specs and ``FieldValues``) and the import format Martus's own
tools and martus-csv2xml wrote (the same without metadata).

defusedxml refuses DTDs and entities, so nothing is expanded and nothing fetched; the file
and its bulletins are capped. Martus wrote labels without escaping them ("Victims &
witnesses"); when the strict parse fails, such labels are escaped and the file read again,
and the reader says how many it repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _, n_
from desktop_app.core.localized import number

MAX_BYTES = 64 * 1024 * 1024
MAX_BULLETINS = 50_000
FIELD_TYPES = {"STRING", "MULTILINE", "DATE", "DATERANGE", "BOOLEAN", "LANGUAGE", "DROPDOWN",
               "CHOICE", "GRID", "MESSAGE", "SECTION", "NORMAL", "INTEGER", "DATETIME"}
_LABEL = re.compile(r"(<Label>)(.*?)(</Label>)", re.DOTALL)
_BARE_AMP = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)")


class UnreadableMartus(TirkeuError):
    """A Martus file that cannot be read, or whose field specs are wrong."""


@dataclass(frozen=True)
class FieldSpec:
    tag: str
    kind: str
    label: str
    columns: tuple[str, ...] = ()  # a grid's column labels

    @property
    def title(self) -> str:
        return self.label or self.tag


@dataclass
class Bulletin:
    """One bulletin as the file has it; ``position`` is its place in the file (1-based)."""

    position: int
    specs: dict[str, FieldSpec] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    grids: dict[str, list[list[str]]] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    local_id: str = ""
    account: str = ""
    version: int | None = None
    ancestors: tuple[str, ...] = ()


@dataclass(frozen=True)
class MartusFile:
    bulletins: tuple[Bulletin, ...]
    exported: bool  # the export format (with metadata), not the import format
    repaired_labels: int


def _text(element: Element | None) -> str:
    return "" if element is None else "".join(element.itertext()).strip()


def _parse(text: str) -> Element:
    from defusedxml import DefusedXmlException  # noqa: PLC0415 - loads for Martus only
    from defusedxml.ElementTree import fromstring  # noqa: PLC0415

    try:
        root: Element = fromstring(text, forbid_dtd=True)
        return root
    except DefusedXmlException:
        raise UnreadableMartus(_("The file declares a DTD or entities, which Tirkeu does "
                                 "not read; nothing was imported.")) from None


def _repair(text: str) -> tuple[str, int]:
    """Labels escaped; how many needed it."""
    count = 0

    def escape(match: re.Match[str]) -> str:
        nonlocal count
        inner = match.group(2)
        fixed = _BARE_AMP.sub("&amp;", inner).replace("<", "&lt;").replace(">", "&gt;")
        count += fixed != inner
        return match.group(1) + fixed + match.group(3)

    return _LABEL.sub(escape, text), count


def read_martus(path: Path) -> MartusFile:
    """The bulletins of the Martus XML at ``path``, or UnreadableMartus (one sentence)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableMartus(_("{path} is larger than the Martus files Tirkeu reads "
                                     "({size} MB at most).").format(path=path,
                                                                    size=MAX_BYTES // 2**20))
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableMartus(_("Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableMartus(_("{path} is not UTF-8 text, as Martus wrote it.").format(
            path=path)) from None
    repaired = 0
    try:
        root = _parse(text)
    except ParseError as first:
        fixed, repaired = _repair(text)
        try:
            root = _parse(fixed)
        except ParseError:
            line, column = first.position
            raise UnreadableMartus(_("{path} is not well-formed XML (line {line}, column "
                                     "{column}); nothing was imported.").format(
                path=path, line=line, column=column)) from None
    if root.tag != "MartusBulletins":
        raise UnreadableMartus(_("{path} is not a Martus bulletin file (it has no "
                                 "MartusBulletins).").format(path=path))
    found = root.findall("MartusBulletin")
    if len(found) > MAX_BULLETINS:
        raise UnreadableMartus(n_("{path} holds more than {n} bulletin.",
                                  "{path} holds more than {n} bulletins.",
                                  MAX_BULLETINS).format(path=path, n=number(MAX_BULLETINS)))
    bulletins = tuple(_bulletin(i, b) for i, b in enumerate(found, start=1))
    return MartusFile(bulletins, root.find("ExportMetaData") is not None, repaired)


def _refused(position: int, clause: str) -> UnreadableMartus:
    return UnreadableMartus(_("Bulletin {n}: {problem}; nothing was imported.").format(
        n=position, problem=clause))


def _spec(position: int, element: Element) -> FieldSpec:
    kind = (element.get("type") or "STRING").upper()
    tag = _text(element.find("Tag"))
    if not tag:
        raise _refused(position, _("a field spec has no tag"))
    if kind not in FIELD_TYPES:
        raise _refused(position, _("field {tag} has the unknown type {kind}").format(
            tag=tag, kind=kind))
    columns = tuple(_text(c.find("Label")) or _text(c.find("Tag"))
                    for c in element.iter("Column"))
    if kind == "GRID" and not columns:
        raise _refused(position, _("the grid {tag} has no columns").format(tag=tag))
    return FieldSpec(tag, kind, _text(element.find("Label")), columns)


def _grid(value: Element) -> list[list[str]]:
    rows = [r for r in value.iter() if r.tag in ("Row", "Record")]
    return [[_text(c) for c in row.findall("Column")] for row in rows]


def _bulletin(position: int, element: Element) -> Bulletin:
    bulletin = Bulletin(position)
    for group in ("MainFieldSpecs", "PrivateFieldSpecs"):
        for spec_element in element.findall(f"{group}/Field"):
            declared = _spec(position, spec_element)
            if declared.tag in bulletin.specs:
                raise _refused(position, _("the field {tag} is declared twice").format(
                    tag=declared.tag))
            bulletin.specs[declared.tag] = declared
    for value_element in element.findall("FieldValues/Field"):
        tag = value_element.get("tag") or ""
        spec = bulletin.specs.get(tag)
        if spec is None and tag not in STANDARD:
            raise _refused(position, _("a value is given for the field {tag}, which no "
                                       "spec declares").format(tag=repr(tag)))
        value = value_element.find("Value")
        if value is None:
            continue
        if spec is not None and spec.kind == "GRID":
            rows = _grid(value)
            if any(len(r) > len(spec.columns) for r in rows):
                raise _refused(position, _("the grid {tag} has rows longer than its "
                                           "columns").format(tag=tag))
            bulletin.grids[tag] = rows
        else:
            bulletin.values[tag] = _text(value)
    for listing in ("AttachmentList", "PublicAttachments", "PrivateAttachments"):
        for attachment in element.findall(f"{listing}/Attachment"):
            name = _text(attachment.find("Filename")) or _text(attachment)
            if name:
                bulletin.attachments.append(name)
    meta = element.find("BulletinMetaData")
    if meta is not None:
        bulletin.local_id = _text(meta.find("LocalId"))
        bulletin.account = _text(meta.find("AccountId"))
        version = _text(meta.find("BulletinVersion"))
        bulletin.version = int(version) if version.isdigit() else None
        bulletin.ancestors = tuple(_text(a) for a in meta.findall("History/Ancestor")
                                   if _text(a))
    return bulletin


# The fields every Martus bulletin has, whether or not the file declares them.
STANDARD = ("language", "author", "organization", "title", "location", "keywords",
            "eventdate", "entrydate", "summary", "publicinfo", "privateinfo")
