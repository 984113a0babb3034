"""A sender's chain of bundles as this vault received it: what is missing, what forked.

Bundles may arrive in any order (a USB stick and a messenger race each other); a bundle
never imported is imported whenever it comes, and merging decides per incident what is
newest. What the coordinator needs to know is which numbers have not arrived: between the
first and the last number imported from a sender (numbers before the first may have gone
to someone else), each one missing is a gap until it is filled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.language import _, n_
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive


def _numbers(values: Sequence[int]) -> str:
    """2, 3, 4, 7 → "2–4 and 7"."""
    runs: list[str] = []
    start = previous = values[0]
    for value in [*values[1:], None]:
        if value is not None and value == previous + 1:
            previous = value
            continue
        runs.append(str(start) if start == previous else
                    _("{first} and {last}").format(first=start, last=previous)
                    if previous == start + 1 else f"{start}–{previous}")
        if value is not None:
            start = previous = value
    if len(runs) == 1:
        return runs[0]
    return _("{first} and {last}").format(first=", ".join(runs[:-1]), last=runs[-1])


def gap_sentence(sender_name: str, received: Iterable[int]) -> str | None:
    """"Aigerim: bundle 3 has not arrived (4 and 5 have)." for the numbers missing between
    the first and last of ``received``; None when nothing is missing."""
    have = set(received)
    if not have:
        return None
    missing = [n for n in range(min(have), max(have) + 1) if n not in have]
    if not missing:
        return None
    later = sorted(n for n in have if n > missing[0])
    arrived = n_("{numbers} has", "{numbers} have", len(later)).format(numbers=_numbers(later))
    return n_("{sender}: bundle {numbers} has not arrived ({arrived}).",
              "{sender}: bundles {numbers} have not arrived ({arrived}).", len(missing)).format(
        sender=sender_name, numbers=_numbers(missing), arrived=arrived)


def fork_warnings(sender_name: str, chain: Sequence[store.Received], sequence: int,
                  manifest_sha: str, previous: str | None) -> list[str]:
    """Sentences for a bundle that does not fit the chain imported so far: another bundle
    with its number, a predecessor that is not the one it names, or a successor that does
    not name it. Both are kept (merging keeps conflicting edits side by side)."""
    by_number: dict[int, list[store.Received]] = {}
    for bundle in chain:
        by_number.setdefault(bundle.sequence, []).append(bundle)
    forked = (
        any(b.manifest_sha256 != manifest_sha for b in by_number.get(sequence, []))
        or any(b.manifest_sha256 != previous for b in by_number.get(sequence - 1, []))
        or any(b.previous_sha256 != manifest_sha for b in by_number.get(sequence + 1, [])))
    if not forked:
        return []
    return [_("{sender}'s bundles have forked: number {sequence} does not fit the ones "
              "imported before (both are kept).").format(sender=sender_name, sequence=sequence)]


def gaps(archive: Archive) -> list[str]:
    """One sentence per sender whose chain has holes, for the Exchange page."""
    with archive.database.reading() as conn:
        numbers = store.received_numbers(conn)
    sentences = []
    for fingerprint, received in sorted(numbers.items()):
        contact = archive.contacts.by_fingerprint(fingerprint)
        sentence = gap_sentence(contact.name if contact else fingerprint, received)
        if sentence:
            sentences.append(sentence)
    return sentences
