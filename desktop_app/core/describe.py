"""Plain-text views of incidents for the terminal: the words around the record in the
current language (core/language.py), the vocabulary labels in the chosen one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.language import _, n_
from desktop_app.core.localized import number
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
    heading = [
        (_("Id:"), incident.id),
        (_("Status:"), _label("status", incident.status, lang)),
        (_("Violations:"), ", ".join(_label("violation", v, lang) for v in incident.violations)),
        (_("Date:"), when),
        (_("Region:"), _label("region", incident.region, lang)),
    ]
    if incident.place:
        heading.append((_("Place:"), incident.place))
    width = max(len(label) for label, _value in heading) + 2  # the values in one column
    lines = [incident.title, "=" * min(len(incident.title), 78),
             *(label.ljust(width) + value for label, value in heading)]
    if incident.description:
        lines += ["", incident.description]
    if incident.victims:
        lines += ["", _("People affected:")]
        for v in incident.victims:
            bits = [_label("victim_category", v.category, lang), _label("gender", v.gender, lang),
                    v.organization, _("killed") if v.fatal else ""]
            lines.append(f"  - {name(v.name) or _('(name not recorded)')}"
                         + "".join(f"; {b}" for b in bits if b) + f"  [{v.person_id}]")
    if incident.perpetrators:
        lines += ["", _("Perpetrators:")]
        lines += [f"  - {_label('perpetrator_kind', p.kind, lang) or '?'}"
                  + (f": {p.description}" if p.description else "") for p in incident.perpetrators]
    if incident.legal_cases:
        lines += ["", _("Legal cases:")]
        for c in incident.legal_cases:
            article = _("art. {article}").format(article=c.article) if c.article else ""
            head = " ".join(b for b in (_label("case_code", c.code, lang), article) if b)
            decided = " " + _("on {date}").format(date=c.decided_on) if c.decided_on else ""
            lines.append(f"  - {name(c.defendant) or _('(defendant not recorded)')}: "
                         + (head or _("case"))
                         + (f", {c.court}" if c.court else "")
                         + (f", {_label('case_outcome', c.outcome, lang)}" if c.outcome else "")
                         + decided)
            lines += ["      " + _("penalty: {kind}").format(kind=_label("penalty", p.kind, lang))
                      + (f" ({p.amount})" if p.amount else "") for p in c.penalties]
    if incident.remedies:
        lines += ["", _("Remedies:")]
        for m in incident.remedies:
            done = {True: _("implemented"), False: _("not implemented"), None: ""}[m.implemented]
            bits = [_label("remedy_mechanism", m.mechanism, lang), m.reference,
                    _label("remedy_outcome", m.outcome, lang), done]
            lines.append("  - " + "; ".join(b for b in bits if b))
    if incident.sources:
        lines += ["", _("Sources:")]
        lines += ["  - " + "; ".join(b for b in (_label("source_kind", s.kind, lang), s.reference,
                                                 _label("reliability", s.reliability, lang)) if b)
                  for s in incident.sources]
    if incident.tags:
        lines += ["", _("Tags: {tags}").format(tags=", ".join(incident.tags))]
    attachments = list(attachments)
    if attachments:
        lines += ["", _("Attachments:")]
        lines += [_attachment_line(a) for a in attachments]
    return "\n".join(lines)


def _attachment_line(a: AttachmentInfo) -> str:
    line = "  - " + n_("{filename} ({size} byte, SHA-256 {sha256})",
                       "{filename} ({size} bytes, SHA-256 {sha256})", a.size).format(
        filename=a.filename, size=number(a.size), sha256=a.sha256)
    if a.original_sha256:  # a copy received without hidden data: the evidence is the original
        line += "; " + _("a copy without hidden data of the original with SHA-256 "
                         "{sha256}").format(sha256=a.original_sha256)
    elif a.send_original:
        line += "; " + _("bundles carry the original")
    return line
