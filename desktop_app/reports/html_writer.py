"""A publication as one self-contained HTML page: UTF-8, no scripts, no outside files.

Charts are inline SVG (counts over time) and CSS bars beside each table row, their lengths
from ``reports.bars``: shown counts set the scale, a "<3" is a short hatched stub, so its
length tells nothing more than its text; an "x" has no bar at all. Every text is escaped.
"""

from __future__ import annotations

from html import escape

from desktop_app.reports.bars import bar_shares
from desktop_app.reports.publication import Cross, Figure, Publication, Table

_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; margin: 2em auto;
       max-width: 60em; color: #222; line-height: 1.4; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
p.meta { color: #555; margin: .2em 0; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border-bottom: 1px solid #ddd; padding: .25em .6em; text-align: left;
         vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; border-top: 2px solid #888; }
td.bar { width: 14em; }
span.bar { display: inline-block; height: .8em; background: #3a6ea5; }
span.bar.small { background: repeating-linear-gradient(45deg, #9bb4cf 0 3px, #fff 3px 6px);
                 border: 1px solid #3a6ea5; min-width: 4px; }
dl.headline { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dl.headline dt { color: #444; } dl.headline dd { margin: 0; font-weight: bold; }
p.note, ul.notes { color: #444; font-size: .9em; }
svg text { font-size: 11px; fill: #222; }
"""


def html_document(pub: Publication) -> str:
    """The whole page as text (write it as UTF-8)."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(pub.language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(pub.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(pub.title)}</h1>",
        f'<p class="meta">{escape(pub.period)}</p>',
        *(f'<p class="meta">{escape(c)}</p>' for c in pub.conditions),
        f'<p class="note"><strong>{escape(pub.notes[0])}</strong></p>',
        '<dl class="headline">',
        *(f"<dt>{escape(f.label)}</dt><dd>{escape(f.text)}</dd>" for f in pub.headline),
        "</dl>",
    ]
    for table in pub.tables:
        parts.append(_table(table))
    if pub.cross is not None:
        parts.append(_cross(pub.cross))
    parts.append('<ul class="notes">')
    parts += [f"<li>{escape(note)}</li>" for note in pub.notes]
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"


def _bar(figure: Figure, share: float) -> str:
    if figure.bar is None:
        return ""
    width = max(1.0, 100.0 * share) if share else 0.0
    small = " small" if figure.mark == "small" else ""
    return f'<span class="bar{small}" style="width:{width:.1f}%"></span>'


def _table(table: Table) -> str:
    shares = bar_shares(table.rows)
    out = [f"<h2>{escape(table.title)}</h2>"]
    if table.chart == "time":
        out.append(_time_chart(table.rows))
    out.append(f'<table><thead><tr><th>{escape(table.dimension)}</th>'
               f'<th class="n">{escape(table.unit)}</th>'
               + ("<th></th>" if table.chart == "bars" else "") + "</tr></thead><tbody>")
    for f, share in zip(table.rows, shares, strict=True):
        bar = f'<td class="bar">{_bar(f, share)}</td>' if table.chart == "bars" else ""
        out.append(f'<tr><td>{escape(f.label)}</td><td class="n">{escape(f.text)}</td>{bar}</tr>')
    if table.total is not None:
        pad = "<td></td>" if table.chart == "bars" else ""
        out.append(f'<tr class="total"><td>{escape(table.total.label)}</td>'
                   f'<td class="n">{escape(table.total.text)}</td>{pad}</tr>')
    out.append("</tbody></table>")
    if table.note:
        out.append(f'<p class="note">{escape(table.note)}</p>')
    return "\n".join(out)


def _time_chart(rows: tuple[Figure, ...]) -> str:
    """Columns over time as inline SVG, one per year or month."""
    width, height, base, top = 720, 220, 180, 20
    step = (width - 20) / max(len(rows), 1)
    shares = bar_shares(rows)
    every = max(1, int(len(rows) / 24) + 1)  # thin the labels when there are many columns
    # Month names ("мамыр 2018") are wider than a column: then they are slanted, and the
    # picture grows by what the longest one needs. 6.5 px a letter at 11 px is generous.
    longest = max((len(f.label) for f in rows), default=0) * 6.5
    slant = longest > step * every * 0.9
    if slant:
        height += round(longest * 0.7)
    svg = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'role="img" viewBox="0 0 {width} {height}">'),
           ('<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect width="3" height="6" fill="#9bb4cf"/>'
            '</pattern></defs>'),
           f'<line x1="10" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#888"/>']
    for i, f in enumerate(rows):
        x = 10 + i * step
        w = max(step * 0.7, 1)
        if shares[i]:
            h = max((base - top) * shares[i], 4 if f.mark == "small" else 1)
            fill = "url(#hatch)" if f.mark == "small" else "#3a6ea5"
            svg.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
                       f'fill="{fill}" stroke="#3a6ea5" stroke-width="0.5"/>')
            label_y = base - h - 3
        else:
            label_y = base - 3
        if len(rows) <= 40:
            svg.append(f'<text x="{x + w / 2:.1f}" y="{label_y:.1f}" text-anchor="middle">'
                       f"{escape(f.text)}</text>")
        if i % every == 0 and slant:
            svg.append(f'<text x="{x + w / 2:.1f}" y="{base + 12}" text-anchor="end" '
                       f'transform="rotate(-45 {x + w / 2:.1f} {base + 12})">'
                       f"{escape(f.label)}</text>")
        elif i % every == 0:
            svg.append(f'<text x="{x + w / 2:.1f}" y="{base + 15}" text-anchor="middle">'
                       f"{escape(f.label)}</text>")
    svg.append("</svg>")
    return "".join(svg)


def _cross(cross: Cross) -> str:
    out = [f"<h2>{escape(cross.title)}</h2>", "<table><thead><tr>",
           f"<th>{escape(cross.rows_heading)} \\ {escape(cross.columns_heading)}</th>"]
    out += [f'<th class="n">{escape(label)}</th>' for _code, label in cross.columns]
    out.append(f'<th class="n">{escape(cross.total.label)}</th></tr></thead><tbody>')
    for row in cross.rows:
        cells = "".join(f'<td class="n">{escape(c.text)}</td>' for c in row.cells)
        out.append(f"<tr><td>{escape(row.label)}</td>{cells}"
                   f'<td class="n">{escape(row.total.text)}</td></tr>')
    totals = "".join(f'<td class="n">{escape(c.text)}</td>' for c in cross.column_totals)
    out.append(f'<tr class="total"><td>{escape(cross.total.label)}</td>{totals}'
               f'<td class="n">{escape(cross.total.text)}</td></tr></tbody></table>')
    if cross.note:
        out.append(f'<p class="note">{escape(cross.note)}</p>')
    return "\n".join(out)
