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
    # A forward (kind "forward"): what became of each original bundle it carried, each
    # reported as if it had come straight from its signer (``sender`` is the forwarder).
    forwarded: list[ImportReport] = field(default_factory=list)
    # A vocabulary update: the terms it added and retired ("vocabulary: code — label"),
    # and those it left alone because this vault holds a newer revision of them.
    added: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    older: int = 0
    # A revocation list: the names of the keys it revoked here.
    revoked: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] += 1

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "outcomes": self.outcomes, "attachments_added": self.attachments_added,
            "attachments_missing": self.attachments_missing, "delivered": self.delivered,
            "warnings": self.warnings}
        if self.kind == "forward":
            found["forwarded"] = [{"bundle_id": r.bundle_id, "sender": r.sender,
                                   "sequence": r.sequence, **r.as_json()}
                                  for r in self.forwarded]
        elif self.kind == "vocabulary":
            found.update(added=self.added, retired=self.retired, older=self.older)
        elif self.kind == "revocations":
            found["revoked"] = self.revoked
        return found

    def sentence(self) -> str:
        """The paragraph for a person, in the current language (the English forms keep
        "(s)": tests and scripts match them)."""
        if self.already_imported:
            return _("This bundle from {sender} (number {sequence}) was imported before; "
                     "nothing changed.").format(sender=self.sender, sequence=self.sequence)
        if self.kind == "forward":
            return " ".join([_("Forwarded by {forwarder}:").format(forwarder=self.sender),
                             *(r.sentence() for r in self.forwarded), *self.warnings])
        if self.kind == "vocabulary":
            return " ".join([self._vocabulary_sentence(), *self.warnings])
        if self.kind == "revocations":
            return " ".join([self._revocations_sentence(), *self.warnings])
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

    def _vocabulary_sentence(self) -> str:
        parts = []
        if self.added:
            parts.append(_("added {terms}").format(terms="; ".join(self.added)))
        if self.retired:
            parts.append(_("retired {terms} (kept on the incidents that hold them, no "
                           "longer offered)").format(terms="; ".join(self.retired)))
        if not parts:
            text = _("Vocabulary update from {sender}: nothing changed.").format(
                sender=self.sender)
        else:
            text = _("Vocabulary update from {sender}: {changes}.").format(
                sender=self.sender, changes="; ".join(parts))
        if self.older:
            text += " " + n_("{n} term was left as it is: this vault holds a newer update "
                             "of it.", "{n} terms were left as they are: this vault holds a "
                             "newer update of them.", self.older).format(n=self.older)
        return text

    def _revocations_sentence(self) -> str:
        if not self.revoked:
            return _("Revocation list from {sender}: no key in it was left to revoke here; "
                     "nothing changed.").format(sender=self.sender)
        return n_("Revocation list from {sender}: {n} key revoked ({names}); everything "
                  "signed by it is refused from now on.",
                  "Revocation list from {sender}: {n} keys revoked ({names}); everything "
                  "signed by them is refused from now on.", len(self.revoked)).format(
            sender=self.sender, n=len(self.revoked), names=", ".join(self.revoked))
