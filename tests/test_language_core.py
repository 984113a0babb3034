"""The core speaks the person's language: what `tirkeu` says when it refuses a bundle or a
record, and what an import did, comes out in Russian or Kazakh when TIRKEU_LANG asks for
it, counts in the right plural form; and no sentence of core, sync or reports escapes
translation (a pseudo-translation wraps every one)."""

from __future__ import annotations

import gettext
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core import language
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.interchange import parse_incidents

# The bundle-making helpers live beside the bundle tests (tests/sync is not a package).
sys.path.insert(0, str(Path(__file__).resolve().parent / "sync"))
import bundlekit as bk


def speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """As a person would ask: TIRKEU_LANG, read the way `tirkeu` reads it."""
    monkeypatch.setenv("TIRKEU_LANG", lang)
    language.use(language.from_environment())


@dataclass
class Said:
    code: int
    out: str
    err: str


def tirkeu(capsys: pytest.CaptureFixture[str], folder: Path, passphrase_file: Path,
           *args: object) -> Said:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(folder), "--passphrase-file", str(passphrase_file),
                     *[str(a) for a in args]])
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return Said(code, out, err)


@dataclass
class Exchange:
    """A coordinator's vault (closed, for the command to open) and the bundles made for
    it: ``bundle("Dana", 2)`` from a monitor it trusts with 2 new incidents,
    ``bundle("newer")`` one of a later format, ``bundle("outsider")`` from a stranger."""

    folder: Path
    bundle: Callable[..., Path]


COUNTS = [("Marat", 1), ("Dana", 2), ("Yerlan", 5)]  # sender, new incidents in its bundle


@pytest.fixture
def exchange(tmp_path: Path) -> Exchange:
    coordinator = bk.new_archive(tmp_path / "coordinator", "Aigerim")
    senders = {name: bk.new_archive(tmp_path / name, name)
               for name in ("Marat", "Dana", "Yerlan", "Outsider")}
    for name in ("Marat", "Dana", "Yerlan"):
        bk.introduce(coordinator, senders[name])
    made = 0

    def make(sender: str = "Marat", incidents: int = 2, **manifest: object) -> Path:
        """A bundle (number 1) of ``incidents`` new incidents, no attachments; ``manifest``
        overrides its manifest's keys, to doctor it."""
        nonlocal made
        craft = bk.Craft(senders[sender], coordinator, sequence=1, previous=None)
        craft.records = [bk.Entry(f"records/{i['id']}.json", bk.record_bytes(i, sender))
                         for i in (bk.fresh_incident(f"Incident {n}") for n in range(incidents))]
        craft.attachments = []
        made += 1
        path = tmp_path / f"bundle-{made}.tirkeu"
        path.write_bytes(craft.bundle(**manifest))
        return path

    # Made before the command runs: every archive is closed by then.
    bundles: dict[tuple[object, ...], Path] = {
        (sender, count): make(sender, count) for sender, count in COUNTS}
    bundles[("newer",)] = make(version=2)
    bundles[("outsider",)] = make("Outsider")
    for archive in (coordinator, *senders.values()):
        archive.close()

    return Exchange(tmp_path / "coordinator", lambda *key: bundles[key])


REFUSALS = {
    ("newer",): {
        "ru": "Этот пакет создан более новой версией Tirkeu; обновите программу, чтобы "
              "импортировать его.",
        "kk": "Бұл пакет Tirkeu-дің жаңарақ нұсқасында жасалған; оны импорттау үшін "
              "бағдарламаны жаңартыңыз.",
    },
    ("outsider",): {
        "ru": "Этот пакет подписан тем, кого нет среди ваших доверенных контактов; он не "
              "импортирован.",
        "kk": "Бұл пакетке Сіздің сенімді байланыстарыңызда жоқ адам қол қойған; ол "
              "импортталмады.",
    },
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("doctored", list(REFUSALS))
def test_a_refused_bundle_says_why_in_the_persons_language(
        exchange: Exchange, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, lang: str, doctored: tuple[object, ...]) -> None:
    speak(monkeypatch, lang)
    said = tirkeu(capsys, exchange.folder, passphrase_file, "import",
                  exchange.bundle(*doctored))
    assert said.code == 1 and said.out == ""
    assert said.err == f"tirkeu: {REFUSALS[doctored][lang]}\n"


def test_an_import_report_counts_in_russian_plural_forms(
        exchange: Exchange, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    speak(monkeypatch, "ru")
    lines = [tirkeu(capsys, exchange.folder, passphrase_file, "import",
                    exchange.bundle(sender, count)).out.strip()
             for sender, count in COUNTS]
    tail = ", 0 обновлено, 0 без изменений; добавлено 0 вложений."
    assert lines == [
        "Импортирован пакет № 1 от Marat: 1 новый инцидент" + tail,
        "Импортирован пакет № 1 от Dana: 2 новых инцидента" + tail,
        "Импортирован пакет № 1 от Yerlan: 5 новых инцидентов" + tail,
    ]


def test_an_import_report_in_kazakh(
        exchange: Exchange, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    speak(monkeypatch, "kk")
    said = tirkeu(capsys, exchange.folder, passphrase_file, "import",
                  exchange.bundle("Dana", 2))
    assert said.out.strip() == ("Dana жіберген № 1 пакет импортталды: 2 жаңа оқиға, "
                                "0 жаңартылды, 0 өзгеріссіз; 0 тіркеме қосылды.")


BAD_RECORD = {"title": "", "date": "2021-13", "region": "almaty_city",
              "violations": ["arrest"], "colour": "red"}
BAD_RECORD_SAYS = {
    "ru": ["неизвестное поле 'colour'", "title: обязательное поле",
           "date: в '2021-13' такого месяца нет"],
    "kk": ["белгісіз өріс 'colour'", "title: міндетті өріс",
           "date: '2021-13' мәнінде мұндай ай жоқ"],
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_malformed_record_is_refused_in_the_persons_language(
        archive: object, data_dir: Path, passphrase_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    archive.close()  # type: ignore[attr-defined]  # a vault for the command to open
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([BAD_RECORD]), encoding="utf-8")
    speak(monkeypatch, lang)
    said = tirkeu(capsys, data_dir, passphrase_file, "add", "--json", path)
    assert said.code == 1 and said.out == "" and said.err.count("\n") == 1
    for clause in BAD_RECORD_SAYS[lang]:
        assert clause in said.err, (clause, said.err)
    for english in ("unknown field", "is required", "no such month"):
        assert english not in said.err, said.err


# --- nothing escapes translation ---------------------------------------------------------

class Pseudo(gettext.NullTranslations):
    """Every sentence wrapped in ⟦…⟧: a sentence printed bare was never translated."""

    def gettext(self, message: str) -> str:
        return f"⟦{message}⟧"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"⟦{msgid1 if n == 1 else msgid2}⟧"


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_translations", lambda _language: Pseudo())


FIELD_THEN_SENTENCE = re.compile(r"[\w.\[\]]+: ⟦.*⟧")


def wrapped(line: str) -> bool:
    return line.startswith("⟦") and line.endswith("⟧")


# Refusals and a report of core and sync; the command's own lines, crypto's and storage's
# are covered by test_every_line_of_a_command_life_cycle_is_translated below.
def test_every_sentence_of_a_refusal_and_a_report_is_translated(
        exchange: Exchange, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        pseudo: None) -> None:
    printed = []
    for doctored in REFUSALS:
        said = tirkeu(capsys, exchange.folder, passphrase_file, "import",
                      exchange.bundle(*doctored))
        assert said.code == 1
        printed.append(said.err.removeprefix("tirkeu: ").strip())
    said = tirkeu(capsys, exchange.folder, passphrase_file, "import", exchange.bundle("Dana", 2))
    assert said.code == 0
    printed += said.out.strip().splitlines()
    assert printed and all(wrapped(line) for line in printed), printed
    # The report's parts are sentences of their own, each translated inside the whole.
    assert "⟦2 new⟧" in printed[-1] and "⟦0 attachment(s) added⟧" in printed[-1]


def test_every_problem_of_a_record_is_translated(pseudo: None) -> None:
    wrong = [BAD_RECORD, {**BAD_RECORD, "id": "not-a-uuid", "tags": [""], "victims": {}}]
    with pytest.raises(InvalidRecord) as refused:
        parse_incidents(wrong)
    records = [refused.value, *refused.value.others]
    assert [r.record for r in records] == ["⟦record 1⟧", "⟦record 2 (id not-a-uuid)⟧"]
    clauses = [clause for r in records for _field, clause in r.problems]
    assert len(clauses) == 9, clauses
    # A clause is a translated sentence naming its field, or a field's path before the
    # date's own translated problem ("date: ⟦'2021-13' has no such month⟧").
    untranslated = [c for c in clauses if not (wrapped(c) or FIELD_THEN_SENTENCE.fullmatch(c))]
    assert not untranslated, untranslated


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", ("В этой фотографии записано место съёмки (49.81° с. ш., 73.10° в. д.). В копии, "
           "которая покинет этот ноутбук, его не будет.")),
    ("kk", ("Бұл фотосуретте түсірілген орны жазылған (33.87° о. е., 151.21° б. б.). Бұл "
           "ноутбуктан шығатын көшірмеде ол болмайды.")),
])
def test_where_a_photo_was_taken_is_said_as_maps_in_that_language_say_it(
        monkeypatch: pytest.MonkeyPatch, lang: str, expected: str) -> None:
    from desktop_app.core.photos import Position, gps_sentence

    speak(monkeypatch, lang)
    where = Position(49.81, 73.1) if lang == "ru" else Position(-33.868, -151.21)
    assert gps_sentence(where) == expected


# --- crypto, storage and the command's own sentences -----------------------------------

def record(n: int) -> dict[str, object]:
    return {"title": f"Incident {n}", "date": "2021-05", "region": "almaty_city",
            "violations": ["arrest"]}


def vault_with(tmp_path: Path, capsys: pytest.CaptureFixture[str], passphrase_file: Path,
               incidents: int, name: str = "vault") -> Path:
    folder = tmp_path / name
    assert tirkeu(capsys, folder, passphrase_file, "init", "--no-recovery-code").code == 0
    if incidents:
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps([record(n) for n in range(incidents)]), encoding="utf-8")
        assert tirkeu(capsys, folder, passphrase_file, "add", "--json", path).code == 0
    return folder


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_refusals_of_the_vault_and_of_backups_in_the_persons_language(
        tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    speak(monkeypatch, lang)
    folder = vault_with(tmp_path, capsys, passphrase_file, 1)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    said = tirkeu(capsys, folder, wrong, "list")
    assert said.code == 1
    assert said.err == {"ru": "tirkeu: Неверная парольная фраза.\n",
                        "kk": "tirkeu: Құпиясөз қате.\n"}[lang]

    backup = tmp_path / "backup.tirkeu"
    assert tirkeu(capsys, folder, passphrase_file, "backup", "--out", backup).code == 0
    cut = tmp_path / "cut.tirkeu"
    cut.write_bytes(backup.read_bytes()[:len(backup.read_bytes()) // 2])
    said = tirkeu(capsys, tmp_path / "new", passphrase_file, "restore", cut)
    assert said.code == 1
    assert said.err == "tirkeu: " + {
        "ru": "Этот файл — не полная резервная копия Tirkeu (он повреждён, обрезан или "
              "изменён); ничего не восстановлено.",
        "kk": "Бұл файл Tirkeu-дің толық сақтық көшірмесі емес (ол бүлінген, қысқартылған "
              "немесе өзгертілген); ештеңе қалпына келтірілмеді.",
    }[lang] + "\n"
    said = tirkeu(capsys, folder, passphrase_file, "restore", backup)
    assert said.code == 1
    assert said.err == "tirkeu: " + {
        "ru": f"Папка {folder} не пуста; резервная копия восстанавливается только в пустую "
              "папку, чтобы ничего в ней не перезаписать.",
        "kk": f"{folder} қалтасы бос емес; ондағы ештеңе қайта жазылмауы үшін сақтық көшірме "
              "тек бос қалтаға қалпына келтіріледі.",
    }[lang] + "\n"


def test_a_backup_counts_in_russian_plural_forms(
        tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    speak(monkeypatch, "ru")
    said = []
    for count in (1, 2, 5):
        folder = vault_with(tmp_path, capsys, passphrase_file, count, f"v{count}")
        out = tirkeu(capsys, folder, passphrase_file, "backup", "--out",
                     tmp_path / f"b{count}.tirkeu").out
        said.append(out.split(")")[0])
    assert said == ["Резервная копия (1 инцидент, 0 вложений",
                    "Резервная копия (2 инцидента, 0 вложений",
                    "Резервная копия (5 инцидентов, 0 вложений"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("ru", ("Данные хранилища повреждены (контакты); ничего не изменено. Восстановите "
            "резервную копию (tirkeu restore) в новую папку.")),
    ("kk", ("Қоймадағы деректер бүлінген (байланыстар); ештеңе өзгертілмеді. Сақтық "
            "көшірмені (tirkeu restore) жаңа қалтаға қалпына келтіріңіз.")),
])
def test_a_damaged_archive_is_said_in_the_persons_language(
        monkeypatch: pytest.MonkeyPatch, lang: str, expected: str) -> None:
    from desktop_app.storage.damage import ArchiveDamaged, damaged_part

    speak(monkeypatch, lang)
    assert str(ArchiveDamaged(damaged_part("SELECT * FROM contacts"))) == expected


# Lines a person reads that are not sentences of Tirkeu, so not wrapped: the interchange
# JSON of `list --json` (machine output) and the recovery code's words (none here: the
# vault is made with --no-recovery-code; the code's own line is printed as it is).
def test_every_line_of_a_command_life_cycle_is_translated(
        tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        pseudo: None) -> None:
    folder = vault_with(tmp_path, capsys, passphrase_file, 0)
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record(1)), encoding="utf-8")
    backup = tmp_path / "backup.tirkeu"
    steps = [("add", "--json", path), ("list",), ("backup", "--out", backup),
             ("settings", "--wipe-after", "5"), ("lock",)]
    printed = []
    for step in steps:
        said = tirkeu(capsys, folder, passphrase_file, *step)
        assert said.code == 0, said
        printed += said.out.strip().splitlines()
    listed = tirkeu(capsys, folder, passphrase_file, "list", "--json")
    assert json.loads(listed.out)[0]["title"] == "Incident 1"  # machine output, as it is
    said = tirkeu(capsys, tmp_path / "restored", passphrase_file, "restore", backup)
    printed += said.out.strip().splitlines()
    said = tirkeu(capsys, folder, passphrase_file, "restore", backup)  # not empty: refused
    printed.append(said.err.removeprefix("tirkeu: ").strip())
    said = tirkeu(capsys, folder, passphrase_file, "wipe", "--yes")
    printed += said.out.strip().splitlines()
    said = tirkeu(capsys, folder, passphrase_file, "list")  # no vault any more
    printed.append(said.err.removeprefix("tirkeu: ").strip())
    # `list` prints the incident's own line (id, date, region, title): data, not a sentence.
    sentences = [line for line in printed if "Incident 1" not in line]
    assert sentences and all(wrapped(line) for line in sentences), sentences
