"""A vocabulary update's terms: reading them strictly, and applying them by revision.

An update adds codes (with labels in English, Russian and Kazakh) to the violations,
regions and legal articles, and retires codes (built-in ones included). A code is never
deleted: leaving it out of an update changes nothing, and a retired code stays valid on
the incidents that hold it (the pickers no longer offer it). Every update carries a
``revision``, one more than the newest its coordinator had applied; for each code the
term of the highest revision applied here stands, so an older update arriving after a
newer one changes nothing of what the newer one said (a tie keeps what is here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.core.vocabulary import LANGUAGES, vocabulary
from desktop_app.storage import network_store as network

FORMAT, VERSION = "tirkeu-vocabulary-update", 1
UPDATABLE = ("violation", "region", "legal_article")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_ .-]{0,63}$")
MAX_TERMS = 10_000
MAX_LABEL = 200


class BadUpdate(TirkeuError):
    """A vocabulary update (or the file it is made from) is malformed; nothing changed."""


@dataclass(frozen=True)
class NewTerm:
    vocabulary: str
    code: str
    labels: dict[str, str]
    extra: dict[str, str]
    retired: bool


def parse_terms(obj: Any) -> list[NewTerm]:
    """The terms of ``obj`` (``{"terms": [...]}``, the file a coordinator writes or an
    update's content); BadUpdate naming the first fault."""
    if not isinstance(obj, dict) or not isinstance(obj.get("terms"), list):
        raise BadUpdate(_("A vocabulary update is an object with a list of \"terms\"."))
    raw_terms = obj["terms"]
    if not raw_terms or len(raw_terms) > MAX_TERMS:
        raise BadUpdate(_("A vocabulary update holds between 1 and {n} terms.").format(
            n=MAX_TERMS))
    found: list[NewTerm] = []
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(raw_terms, 1):
        term = _term(raw, index)
        if (term.vocabulary, term.code) in seen:
            raise BadUpdate(_("Term {n}: {code} is listed twice.").format(n=index,
                                                                          code=term.code))
        seen.add((term.vocabulary, term.code))
        found.append(term)
    return found


def _term(raw: Any, index: int) -> NewTerm:
    def bad(what: str) -> BadUpdate:
        return BadUpdate(_("Term {n}: {problem}.").format(n=index, problem=what))

    allowed = {"vocabulary", "code", "labels", "retired", "case_code", "article"}
    if not isinstance(raw, dict) or set(raw) - allowed:
        raise bad(_("only vocabulary, code, labels, retired, case_code and article are "
                    "allowed"))
    name, code = raw.get("vocabulary"), raw.get("code")
    if name not in UPDATABLE:
        raise bad(_("the vocabulary must be one of {names}").format(names=", ".join(UPDATABLE)))
    if not isinstance(code, str) or not _CODE.match(code):
        raise bad(_("a code is 1 to 64 lower-case letters, digits, spaces, dots, dashes or "
                    "underscores"))
    retired = raw.get("retired", False)
    if not isinstance(retired, bool):
        raise bad(_("retired is true or false"))
    labels = raw.get("labels", {})
    if (not isinstance(labels, dict) or set(labels) - set(LANGUAGES)
            or not all(isinstance(v, str) and v.strip() and len(v) <= MAX_LABEL
                       for v in labels.values())):
        raise bad(_("labels are given in en, ru and kk, each a text of at most {n} "
                    "characters").format(n=MAX_LABEL))
    known = code in vocabulary(name)
    if not known and set(labels) != set(LANGUAGES):
        raise bad(_("the new code {code} needs labels in all three languages (en, ru, kk)")
                  .format(code=code))
    extra: dict[str, str] = {}
    if name == "legal_article":
        case_code, article = raw.get("case_code"), raw.get("article")
        if not known or case_code is not None or article is not None:
            if (not isinstance(case_code, str) or case_code not in vocabulary("case_code")
                    or not isinstance(article, str) or code != f"{case_code} {article}"):
                raise bad(_("a legal article names its case_code and article, and its code is "
                            "the two with a space (\"criminal 174\")"))
            extra = {"case_code": case_code, "article": article}
    elif "case_code" in raw or "article" in raw:
        raise bad(_("only legal articles have a case_code and an article"))
    return NewTerm(name, code, {k: v.strip() for k, v in labels.items()}, extra, retired)


def as_json(terms: list[NewTerm], revision: int) -> dict[str, Any]:
    """The content of an update (its ``update.json``)."""
    listed = []
    for term in terms:
        item: dict[str, Any] = {"vocabulary": term.vocabulary, "code": term.code,
                                "labels": term.labels, "retired": term.retired}
        item.update(term.extra)
        listed.append(item)
    return {"format": FORMAT, "version": VERSION, "revision": revision, "terms": listed}


def read_update(obj: Any) -> tuple[int, list[NewTerm]]:
    """(revision, terms) of an update's content; BadUpdate if it is not one."""
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise BadUpdate(_("it is not a vocabulary update"))
    if obj.get("version") != VERSION:
        raise BadUpdate(_("it was made by a newer Tirkeu; update to apply it"))
    revision = obj.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        raise BadUpdate(_("its revision is not a whole number from 1"))
    return revision, parse_terms({"terms": obj.get("terms")})


@dataclass
class Applied:
    added: list[str]
    retired: list[str]
    older: int


def apply_terms(conn: Any, terms: list[NewTerm], revision: int, signer: str,
                language: str) -> Applied:
    """Store each term newer than what this vault holds of its code; what changed, as
    "vocabulary: code — label" in ``language``."""
    done = Applied([], [], 0)
    for term in terms:
        held = network.term(conn, term.vocabulary, term.code)
        if held is not None and held.revision >= revision:
            done.older += 1
            continue
        words = vocabulary(term.vocabulary)
        before = next((t for t in words.terms if t.code == term.code), None)
        labels = {**(before.labels if before else {}), **term.labels}
        shown = f"{term.vocabulary}: {term.code} — " + (
            labels.get(language) or labels.get("en") or term.code)
        if term.retired and (before is None or not before.retired):
            done.retired.append(shown)
        elif not term.retired and (before is None or before.retired):
            done.added.append(shown)
        network.put_term(conn, network.StoredTerm(
            term.vocabulary, term.code, labels, {**(before.extra if before else {}),
                                                **term.extra},
            term.retired, revision, signer))
    return done
