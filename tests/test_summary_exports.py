"""Publishable exports, as a coordinator makes them with `tirkeu summary`: a count of 1 or
2 never appears as a number in CSV, HTML or PDF; the threshold is stated; no name or free
text reaches any export; the PDF is a real PDF with extractable Kazakh text."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from desktop_app import cli
from desktop_app.core.interchange import parse_incidents
from desktop_app.reports.bars import STUB

NAMES = ("Әлия Сапарова", "Марат Қасымов", "Бекзат Нұрланов", "Zhanar Qwertova")


def _incident(n: int, date: str, region: str, violations: list[str], **more: Any) -> dict:
    return {"title": f"Picket near the Қызылорда akimat No{n}", "date": date, "region": region,
            "violations": violations, "place": f"Abylai Khan avenue corner {n}",
            "description": f"Monitor's notes: the officers shouted at Бекзат, case {n}.",
            "perpetrators": [{"kind": "police", "description": f"Captain Oralbek {n}"}],
            "sources": [{"kind": "interview", "reference": f"Notebook Nurlan p.{n}"}],
            "tags": [f"Жаңаөзен solidarity {n % 2}"], **more}


def _victim(name: str, category: str = "civil_society_activist", **more: Any) -> dict:
    return {"name": name, "category": category, "organization": f"Фонд «{name[:3]}»", **more}


RECORDS = [
    _incident(1, "2017-03-02", "almaty_city", ["arrest", "criminal_prosecution"],
              victims=[_victim(NAMES[0], "human_rights_defender")],
              legal_cases=[{"defendant": NAMES[0], "code": "criminal", "article": "174",
                            "court": "Medeu district court", "outcome": "convicted",
                            "penalties": [{"kind": "imprisonment", "amount": "7 years"}]}],
              remedies=[{"mechanism": "un_human_rights_committee", "outcome": "in_favour",
                         "reference": "CCPR/C/131/D/2829/2016", "implemented": False}]),
    _incident(2, "2018-01", "almaty_city", ["threat"], victims=[_victim(NAMES[1])]),
    _incident(3, "2018-02-10", "almaty_city", ["threat"], victims=[_victim(NAMES[2])]),
    _incident(4, "2018-04-01", "almaty_city", ["physical_attack"],
              victims=[_victim(NAMES[3], "journalist", fatal=True)]),
    _incident(5, "2018-05-05", "astana", ["threat", "surveillance"]),
    _incident(6, "2018", "astana", ["threat"]),
    _incident(7, "2018-09-09", "shymkent", ["threat"],
              legal_cases=[{"defendant": NAMES[1], "code": "administrative", "article": "488",
                            "outcome": "convicted",
                            "penalties": [{"kind": "fine", "amount": "50 MCI"}]}]),
]
PRIVATE = sorted({v for r in RECORDS for v in (
    r["title"], r["place"], r["description"], *r["tags"],
    *(p["description"] for p in r["perpetrators"]), *(s["reference"] for s in r["sources"]),
    *(v["name"] for v in r.get("victims", [])),
    *(v["organization"] for v in r.get("victims", [])),
    *(c[k] for c in r.get("legal_cases", []) for k in ("defendant", "court") if k in c),
    *(p["amount"] for c in r.get("legal_cases", []) for p in c["penalties"]),
    *(m["reference"] for m in r.get("remedies", [])))} | set(NAMES))
SMALL = {"1", "2"}


@pytest.fixture
def run(archive, data_dir, passphrase_file, capsys):  # type: ignore[no-untyped-def]
    """`tirkeu summary ARGS` on a vault holding RECORDS: (exit status, stdout, stderr)."""
    archive.incidents.save_many(list(parse_incidents(RECORDS)), "Test Monitor")

    def summary(*args: object) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(["--data-dir", str(data_dir), "--passphrase-file",
                             str(passphrase_file), "summary", *map(str, args)])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return summary


@pytest.fixture
def exports(run, tmp_path: Path) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    made = {}
    for name, args in {
        "summary.csv": ("--format", "csv"),
        "cross.csv": ("--format", "csv", "--rows", "region", "--columns", "violation"),
        "summary.html": ("--format", "html", "--lang", "ru", "--rows", "year", "--columns",
                         "victim_category"),
        "summary.pdf": ("--format", "pdf", "--lang", "kk", "--rows", "region", "--columns",
                        "year"),
    }.items():
        code, out, err = run(*args, "--out", tmp_path / name)
        assert code == 0, err
        assert f"Wrote {tmp_path / name}" in out
        made[name] = (tmp_path / name).read_bytes()
    return made


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"[ \t]+", " ", text)  # pypdf may put tabs between words


def numbers(text: str) -> set[str]:
    """Standalone whole numbers: not parts of dates (2018-05), codes or "<3"."""
    return set(re.findall(r"(?<![\w.\-/:<])\d+(?![\w.\-/:])", text))


def test_csv_shows_small_counts_as_below_the_threshold(exports) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.reader(io.StringIO(exports["summary.csv"].decode("utf-8-sig"))))
    assert rows[0] == ["table", "code", "label", "count"]
    counts = [r[3] for r in rows[1:] if r[0] not in ("title", "period", "filter", "note")]
    assert "<3" in counts and not SMALL & set(counts)
    assert all(c in ("<3", "x") or int(c) == 0 or int(c) >= 3 for c in counts)
    threshold = next(r for r in rows if r[:2] == ["note", "threshold"])
    assert threshold[3] == "3" and "below 3" in threshold[2]
    matrix = list(csv.reader(io.StringIO(exports["cross.csv"].decode("utf-8-sig"))))
    cells = [c for row in matrix[1:] if len(row) > 2 for c in row[1:]]
    assert cells and "<3" in cells and not SMALL & set(cells)
    assert any("below 3" in " ".join(row) for row in matrix)


class _Texts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append(data.strip())


def test_html_is_self_contained_and_hides_small_counts(exports) -> None:  # type: ignore[no-untyped-def]
    page = exports["summary.html"].decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert '<html lang="ru">' in page and "Алматы" in page
    assert "<script" not in page and "src=" not in page and "href=" not in page
    parser = _Texts()
    parser.feed(page)
    assert "<3" in parser.texts and not SMALL & set(parser.texts)
    assert not SMALL & numbers(" ".join(parser.texts))
    assert "меньше 3" in page  # the threshold, stated in the reader's language


def test_pdf_is_a_pdf_with_kazakh_text_and_no_small_numbers(exports) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from desktop_app.ui.render.pdf import has_kazakh_letters, kazakh_font_family

    data = exports["summary.pdf"]
    assert data.startswith(b"%PDF-") and len(data) > 5000
    text = pdf_text(data)
    assert "Алматы қаласы" in text and "Тіркелген оқиғалардың жиынтығы" in text
    assert "\ufffd" not in text and "<3" in text and "3-тен кіші" in text
    assert not SMALL & numbers(text), sorted(numbers(text))
    # Every font in the file is the one chosen for its Kazakh letters: no fallback boxes.
    family = kazakh_font_family()
    assert has_kazakh_letters(family)
    fonts = {str(font["/BaseFont"]) for page in PdfReader(io.BytesIO(data)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all(family.replace(" ", "") in f for f in fonts), fonts
    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                               check=True).stdout.decode("utf-8")
        assert "Алматы қаласы" in plain and not SMALL & numbers(plain)


def test_no_name_or_free_text_in_any_export(exports) -> None:  # type: ignore[no-untyped-def]
    texts = dict(exports)
    texts["summary.pdf (text)"] = pdf_text(exports["summary.pdf"]).encode("utf-8")
    for name, data in texts.items():
        found = [p for p in PRIVATE if p.encode("utf-8") in data]
        assert not found, f"{name} holds {found}"
    words = {w for p in NAMES for w in p.split()}
    for name, data in texts.items():
        assert not [w for w in words if w.encode("utf-8") in data], name


def test_exact_counts_only_as_json_or_a_csv_marked_not_for_publication(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("--format", "csv", "--no-suppression")
    assert code == 0 and "not for publication" in out
    assert "1" in [r[3] for r in csv.reader(io.StringIO(out))]
    for kind in ("html", "pdf"):
        code, _out, err = run("--format", kind, "--no-suppression", "--out", "x." + kind)
        assert code == 1 and "only for json and csv" in err
    code, _out, err = run("--format", "csv", "--rows", "tag", "--columns", "year")
    assert code == 1 and "Tags are free text" in err and len(err.splitlines()) == 1
    code, out, _err = run("--rows", "tag", "--columns", "year")  # JSON: the coordinator's own
    assert code == 0 and "Жаңаөзен solidarity 1" in out


def test_refusals_and_usage_errors(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("--from", "2018-13")
    assert (code, out) == (1, "") and err == "tirkeu: --from: '2018-13' has no such month\n"
    code, _out, err = run("--from", "2019", "--to", "2018")
    assert code == 1 and "after" in err
    code, _out, err = run("--region", "atlantis")
    assert code == 1 and "--region: unknown code 'atlantis'" in err
    assert run("--format", "pdf")[0] == 2
    assert run("--rows", "year")[0] == 2
    assert run("--threshold", "1")[0] == 2
    assert run("--format", "docx")[0] == 2
    code, out, _err = run("--format", "csv", "--threshold", "5")
    assert code == 0 and "below 5" in out and "<5" in out


def test_html_draws_a_small_count_as_a_short_stub(exports) -> None:  # type: ignore[no-untyped-def]
    page = exports["summary.html"].decode("utf-8")
    stubs = [float(w) for w in re.findall(r'class="bar small" style="width:([\d.]+)%"', page)]
    assert stubs and all(w <= STUB * 100 for w in stubs), stubs
    # Here every month is "<3": the columns over time (a chart 220 high) stay stubs too.
    columns = [float(h) for h in re.findall(r'height="([\d.]+)" fill="url\(#hatch\)"', page)]
    assert columns and all(h <= 10 for h in columns), columns
