"""Controlled vocabularies loaded from the data files in ``resources/vocabularies``.

Codes are what records store; labels (English, Russian, Kazakh) are for people. Nothing
here is hard-coded: an organisation extends a vocabulary by editing its data file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from desktop_app.core.errors import InvalidRecord
from desktop_app.core.language import _

LANGUAGES = ("en", "ru", "kk")

# The vocabularies a record refers to, by the name of their data file.
NAMES = (
    "victim_category", "violation", "case_code", "case_outcome", "penalty",
    "remedy_mechanism", "remedy_outcome", "perpetrator_kind", "gender", "status",
    "source_kind", "reliability", "region", "legal_article",
)


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]
    extra: dict[str, str]

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def __contains__(self, code: object) -> bool:
        return any(t.code == code for t in self.terms)

    def label(self, code: str, language: str = "en") -> str:
        """The label of ``code`` in ``language``; an unknown code is shown as itself."""
        for term in self.terms:
            if term.code == code:
                return term.label(language)
        return code

    def check(self, code: object, field: str) -> str:
        """Return ``code`` if it belongs here, else raise InvalidRecord naming the field."""
        if not isinstance(code, str) or code not in self:
            raise InvalidRecord(_("{field}: unknown code {code} (known: {known})").format(
                field=field, code=repr(code), known=", ".join(self.codes)), field=field)
        return code


def _load(name: str) -> Vocabulary:
    path = resources.files("desktop_app.resources") / "vocabularies" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    terms = tuple(
        Term(
            code=t["code"],
            labels={k: v for k, v in t["labels"].items() if k in LANGUAGES},
            extra={k: v for k, v in t.items() if k not in ("code", "labels")},
        )
        for t in data["terms"]
    )
    return Vocabulary(name=data["vocabulary"], terms=terms)


@cache
def vocabulary(name: str) -> Vocabulary:
    """The vocabulary called ``name`` (one of NAMES), loaded once per process."""
    if name not in NAMES:
        raise KeyError(name)
    return _load(name)
