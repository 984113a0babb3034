"""What an import did, in numbers and in one paragraph for a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
        if self.already_imported:
            return (f"This bundle from {self.sender} (number {self.sequence}) was imported "
                    "before; nothing changed.")
        if self.kind == "receipt":
            return (f"Receipt from {self.sender}: {self.delivered} incident revision(s) "
                    "confirmed as delivered.")
        o = self.outcomes
        parts = [f"{o['new']} new", f"{o['updated']} updated", f"{o['unchanged']} unchanged"]
        if o["older"]:
            parts.append(f"{o['older']} older than what is here (kept ours)")
        if o["conflict"]:
            parts.append(f"{o['conflict']} in conflict (both versions kept; resolve them "
                         "in the window)")
        if o["deleted_here"]:
            parts.append(f"{o['deleted_here']} deleted here (not revived)")
        text = (f"Imported bundle {self.sequence} from {self.sender}: "
                + ", ".join(parts) + f"; {self.attachments_added} attachment(s) added.")
        if self.attachments_missing:
            text += (f" {self.attachments_missing} attachment(s) were not in this bundle; ask "
                     "for a full export.")
        return " ".join([text, *self.warnings])
