"""What an import did, in numbers and in one paragraph for a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.language import _, n_

OUTCOMES = ("new", "updated", "unchanged", "older", "conflict", "deleted_here")


@dataclass
class ImportReport:
    bundle_id: str
    sender: str
    kind: str
    sequence: int
    already_imported: bool = False
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    attachments_added: int = 0
    attachments_missing: int = 0
    delivered: int = 0
    warnings: list[str] = field(default_factory=list)
    items: list[tuple[str, str]] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] += 1

    def as_json(self) -> dict[str, Any]:
        return {"outcomes": self.outcomes, "attachments_added": self.attachments_added,
                "attachments_missing": self.attachments_missing, "delivered": self.delivered,
                "warnings": self.warnings}

    def sentence(self) -> str:
        """The paragraph for a person, in the current language (the English forms keep
        "(s)": tests and scripts match them)."""
        if self.already_imported:
            return _("This bundle from {sender} (number {sequence}) was imported before; "
                     "nothing changed.").format(sender=self.sender, sequence=self.sequence)
        if self.kind == "receipt":
            n = self.delivered
            return n_("Receipt from {sender}: {n} incident revision(s) confirmed as delivered.",
                      "Receipt from {sender}: {n} incident revision(s) confirmed as delivered.",
                      n).format(sender=self.sender, n=n)
        o = self.outcomes
        parts = [n_("{n} new", "{n} new", o["new"]).format(n=o["new"]),
                 n_("{n} updated", "{n} updated", o["updated"]).format(n=o["updated"]),
                 n_("{n} unchanged", "{n} unchanged", o["unchanged"]).format(n=o["unchanged"])]
        if n := o["older"]:
            parts.append(n_("{n} older than what is here (kept ours)",
                            "{n} older than what is here (kept ours)", n).format(n=n))
        if n := o["conflict"]:
            parts.append(n_("{n} in conflict (both versions kept; resolve them in the window)",
                            "{n} in conflict (both versions kept; resolve them in the window)",
                            n).format(n=n))
        if n := o["deleted_here"]:
            parts.append(n_("{n} deleted here (not revived)", "{n} deleted here (not revived)",
                            n).format(n=n))
        n = self.attachments_added
        text = _("Imported bundle {sequence} from {sender}: {outcomes}; {attachments}.").format(
            sequence=self.sequence, sender=self.sender, outcomes=", ".join(parts),
            attachments=n_("{n} attachment(s) added", "{n} attachment(s) added", n).format(n=n))
        if n := self.attachments_missing:
            text += " " + n_("{n} attachment(s) were not in this bundle; ask for a full export.",
                             "{n} attachment(s) were not in this bundle; ask for a full export.",
                             n).format(n=n)
        return " ".join([text, *self.warnings])
