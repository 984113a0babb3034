"""Plain-text views of incidents for the terminal, labels in the chosen language."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.model import AttachmentInfo, Incident, IncidentSummary
from desktop_app.core.vocabulary import vocabulary


def _label(vocab: str, code: str | None, language: str) -> str:
    return "" if code is None else vocabulary(vocab).label(code, language)


def initials(name: str) -> str:
    """"Әлия Нұрланқызы" -> "Ә. Н.": enough to tell rows apart, too little to identify."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    return " ".join(p[0].upper() + "." for p in parts) or "—"


def summary_line(s: IncidentSummary, language: str = "en") -> str:
    """One line of a listing: id, date, region, status, title."""
    return (f"{s.id}  {s.date!s:<10}  {_label('region', s.region, language):<24.24}  "
            f"{_label('status', s.status, language):<9.9}  {s.title}")


def summary_lines(rows: Iterable[IncidentSummary], language: str = "en") -> list[str]:
    return [summary_line(s, language) for s in rows]


def describe(incident: Incident, attachments: Iterable[AttachmentInfo] = (),
             language: str = "en", masked: bool = False) -> str:
    """The whole incident, top to bottom in the order a person tells the story.
    ``masked``: people's names as initials (working in public)."""
    lang = language

    def name(text: str) -> str:
        return initials(text) if masked and text else text

    when = str(incident.date) + (f" – {incident.date_end}" if incident.date_end else "")
    lines = [
        incident.title,
        "=" * min(len(incident.title), 78),
        f"Id:          {incident.id}",
        f"Status:      {_label('status', incident.status, lang)}",
        "Violations:  " + ", ".join(_label("violation", v, lang) for v in incident.violations),
        f"Date:        {when}",
        f"Region:      {_label('region', incident.region, lang)}",
    ]
    if incident.place:
        lines.append(f"Place:       {incident.place}")
    if incident.description:
        lines += ["", incident.description]
    if incident.victims:
        lines += ["", "People affected:"]
        for v in incident.victims:
            bits = [_label("victim_category", v.category, lang), _label("gender", v.gender, lang),
                    v.organization, "killed" if v.fatal else ""]
            lines.append(f"  - {name(v.name) or '(name not recorded)'}"
                         + "".join(f"; {b}" for b in bits if b) + f"  [{v.person_id}]")
    if incident.perpetrators:
        lines += ["", "Perpetrators:"]
        lines += [f"  - {_label('perpetrator_kind', p.kind, lang) or '?'}"
                  + (f": {p.description}" if p.description else "") for p in incident.perpetrators]
    if incident.legal_cases:
        lines += ["", "Legal cases:"]
        for c in incident.legal_cases:
            head = " ".join(b for b in (_label("case_code", c.code, lang),
                                        f"art. {c.article}" if c.article else "") if b)
            lines.append(f"  - {name(c.defendant) or '(defendant not recorded)'}: {head or 'case'}"
                         + (f", {c.court}" if c.court else "")
                         + (f", {_label('case_outcome', c.outcome, lang)}" if c.outcome else "")
                         + (f" on {c.decided_on}" if c.decided_on else ""))
            lines += [f"      penalty: {_label('penalty', p.kind, lang)}"
                      + (f" ({p.amount})" if p.amount else "") for p in c.penalties]
    if incident.remedies:
        lines += ["", "Remedies:"]
        for m in incident.remedies:
            done = {True: "implemented", False: "not implemented", None: ""}[m.implemented]
            bits = [_label("remedy_mechanism", m.mechanism, lang), m.reference,
                    _label("remedy_outcome", m.outcome, lang), done]
            lines.append("  - " + "; ".join(b for b in bits if b))
    if incident.sources:
        lines += ["", "Sources:"]
        lines += ["  - " + "; ".join(b for b in (_label("source_kind", s.kind, lang), s.reference,
                                                 _label("reliability", s.reliability, lang)) if b)
                  for s in incident.sources]
    if incident.tags:
        lines += ["", "Tags: " + ", ".join(incident.tags)]
    attachments = list(attachments)
    if attachments:
        lines += ["", "Attachments:"]
        lines += [_attachment_line(a) for a in attachments]
    return "\n".join(lines)


def counted(count: int, singular: str, plural: str = "") -> str:
    """"1 incident", "3 incidents" (English; issue 11 brings the other languages' forms)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def _attachment_line(a: AttachmentInfo) -> str:
    line = f"  - {a.filename} ({a.size:,} bytes, SHA-256 {a.sha256})"
    if a.original_sha256:  # a copy received without hidden data: the evidence is the original
        line += f"; a copy without hidden data of the original with SHA-256 {a.original_sha256}"
    elif a.send_original:
        line += "; bundles carry the original"
    return line
