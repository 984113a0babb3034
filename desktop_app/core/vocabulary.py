"""Controlled vocabularies loaded from the data files in ``resources/vocabularies``.

Codes are what records store; labels (English, Russian, Kazakh) are for people. Nothing
here is hard-coded: an organisation extends a vocabulary by editing its data file, or a
network's coordinator by a signed vocabulary update (``sync/updates.py``): the open vault
puts the terms it received here with ``set_network_terms``. A code is never deleted, only
retired: a retired code stays valid on the incidents that hold it, but the pickers offer
only ``Vocabulary.offered``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
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
    retired: bool = False   # kept valid on existing incidents, no longer offered

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    @property
    def offered(self) -> tuple[Term, ...]:
        """The terms a picker offers for a new choice: every term not retired."""
        return tuple(t for t in self.terms if not t.retired)

    def offered_with(self, chosen: str | Sequence[str] | None) -> tuple[Term, ...]:
        """The terms offered, plus the retired ones among ``chosen`` (a code or codes
        already on the incident), so that editing it keeps what it holds."""
        keep = {chosen} if isinstance(chosen, str) else set(chosen or ())
        return tuple(t for t in self.terms if not t.retired or t.code in keep)

    @cached_property
    def _by_code(self) -> dict[str, Term]:
        # Every record checks each of its codes here (50,000 checks in a 10,000-incident
        # import): a lookup, not a walk through the terms.
        return {t.code: t for t in self.terms}

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def label(self, code: str, language: str = "en") -> str:
        """The label of ``code`` in ``language``; an unknown code is shown as itself."""
        term = self._by_code.get(code)
        return code if term is None else term.label(language)

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


# The open vault's network terms, by vocabulary: new codes, and built-in ones retired or
# relabelled by a coordinator's update. One vault is open per process (the window or one
# command); the archive sets them when it opens and empties them when it locks.
_network: dict[str, tuple[Term, ...]] = {}


def set_network_terms(terms: Mapping[str, Sequence[Term]]) -> None:
    """Make ``terms`` (by vocabulary name) the network's additions from now on."""
    _network.clear()
    _network.update({name: tuple(found) for name, found in terms.items() if found})
    vocabulary.cache_clear()


def _merged(base: Vocabulary) -> Vocabulary:
    added = _network.get(base.name, ())
    if not added:
        return base
    by_code = {t.code: t for t in added}
    terms = [_over(t, by_code.pop(t.code)) if t.code in by_code else t for t in base.terms]
    return Vocabulary(name=base.name, terms=(*terms, *by_code.values()))


def _over(built_in: Term, update: Term) -> Term:
    return replace(built_in, labels={**built_in.labels, **update.labels},
                   extra={**built_in.extra, **update.extra}, retired=update.retired)


@cache
def built_in(name: str) -> Vocabulary:
    """The vocabulary as the program's data file gives it, without network terms."""
    if name not in NAMES:
        raise KeyError(name)
    return _load(name)


@cache
def vocabulary(name: str) -> Vocabulary:
    """The vocabulary called ``name`` (one of NAMES): the data file's terms, then the open
    vault's network terms (see ``set_network_terms``)."""
    return _merged(built_in(name))
