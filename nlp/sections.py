"""Find the legal-basis section of an agency procedure (quy trình).

Procedures come from .docx, .md and .txt files. The headings vary ('3. Căn cứ pháp lý', 'TÀI LIỆU
VIỆN DẪN:', '## Cơ sở pháp lý', '**Căn cứ:**'), and many procedures keep the section in a table:
readers render a table row as its cells' paragraphs on separate lines with a blank line between
rows, and markdown tables as '| Căn cứ pháp lý | ... |'. The section ends at the next heading, or,
in a table, at the end of its row.
"""
from __future__ import annotations

import re
from functools import cache

from .models import Section
from .normalize import normalize_text
from .tables import tables

_NUMBERING = r"(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zA-Z])[.)]|\d+(?:\.\d+)+)"
_MARKUP = r"(?:\*\*|__|\*|_)?"


def _labels_pattern(labels: tuple[str, ...]) -> str:
    return "|".join(r"[ \t]+".join(re.escape(w) for w in label.split()) for label in labels)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    t = tables()
    type_words = sorted({w for dt in t.doc_types for w in dt.words}, key=len, reverse=True)
    types_alt = "|".join(w.replace(" ", "[ \t]+") for w in type_words)
    return {
        "heading": re.compile(
            rf"[ \t]*(?P<md>#{{1,6}}[ \t]*)?{_MARKUP}[ \t]*(?P<num>{_NUMBERING}[ \t]*)?{_MARKUP}[ \t]*"
            rf"(?P<label>{_labels_pattern(t.legal_basis_headings)}){_MARKUP}[ \t]*(?P<colon>[:：])?{_MARKUP}[ \t]*(?P<rest>.*)",
            re.IGNORECASE,
        ),
        "other": re.compile(
            rf"[ \t]*(?:#{{1,6}}[ \t]*)?{_MARKUP}[ \t]*(?:{_NUMBERING}[ \t]*)?{_MARKUP}[ \t]*"
            rf"(?:{_labels_pattern(t.other_headings)}){_MARKUP}[ \t]*[:：]?{_MARKUP}[ \t]*(?:\||$)",
            re.IGNORECASE,
        ),
        "numbered": re.compile(rf"[ \t]*{_MARKUP}[ \t]*(?P<num>{_NUMBERING})[ \t]+{_MARKUP}[ \t]*(?P<text>\S.*)"),
        "markdown_heading": re.compile(r"[ \t]*#{1,6}[ \t]"),
        "bold_line": re.compile(r"[ \t]*\*\*[^*]+\*\*[ \t]*:?[ \t]*$"),
        "list_or_citation": re.compile(
            rf"[ \t]*(?:[-+•–*]|\d+[.)]|[a-zđ][.)]|(?:{types_alt})(?!\w))",
            re.IGNORECASE,
        ),
        "type_start": re.compile(
            rf"(?:{types_alt}|Căn[ \t]+cứ)(?!\w)", re.IGNORECASE
        ),
        "content_start": re.compile(
            rf"[-+•–*|]|\d+[.)]|[a-zđ][.)]|(?:{types_alt})(?!\w)",
            re.IGNORECASE,
        ),
    }


def _depth(numbering: str) -> int:
    return numbering.strip().rstrip(".)").count(".") + 1


def _is_heading(line: str, depth: int | None) -> bool:
    """Whether a line starts another section of the procedure."""
    p = _patterns()
    if p["markdown_heading"].match(line) or p["other"].match(line) or p["bold_line"].match(line):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= 4 and not any(ch.islower() for ch in letters) and not p["type_start"].match(line.strip(" \t*#|-")):
        return True  # an all-capitals line: 'NỘI DUNG QUY TRÌNH'
    m = p["numbered"].match(line)
    if m and depth is not None and _depth(m.group("num")) <= depth:
        # A sibling of the heading ('4. Định nghĩa' after '3. Căn cứ pháp lý'), not an item that cites.
        body = m.group("text")
        return not p["type_start"].match(body) and len(body) <= 120 and body[:1].isupper()
    return False


def _markdown_row_section(lines: list[tuple[int, str]], index: int, text: str) -> Section | None:
    start, line = lines[index]
    cells = line.strip().strip("|").split("|")
    p = _patterns()
    for i, cell in enumerate(cells):
        m = p["heading"].fullmatch(cell.strip())
        if m and not m.group("rest").strip():
            content = "|".join(cells[i + 1:])
            if not content.strip():
                return None
            body_start = start + line.index(cell) + len(cell) + 1
            end = start + len(line.rstrip().rstrip("|"))
            # Rows below whose first cell is empty continue the same cell.
            j = index + 1
            while j < len(lines) and lines[j][1].strip().startswith("|"):
                next_cells = lines[j][1].strip().strip("|").split("|")
                if next_cells[0].strip() or set(lines[j][1].strip()) <= set("|-: "):
                    break
                end = lines[j][0] + len(lines[j][1].rstrip().rstrip("|"))
                j += 1
            return _section(text, cell.strip(), body_start, end)
    return None


def _section(text: str, heading: str, start: int, end: int) -> Section:
    while start < end and text[start] in " \t\n|:":
        start += 1
    while end > start and text[end - 1] in " \t\n|":
        end -= 1
    heading = " ".join(heading.replace("*", " ").replace("#", " ").split()).rstrip(" :")
    return Section(heading=heading, start=start, end=end,
                   text=text[start:end])


def find_legal_basis(text: str) -> Section | None:
    """The legal-basis section of a procedure ('Căn cứ pháp lý', 'Tài liệu viện dẫn', 'Cơ sở pháp lý',
    'Văn bản pháp lý', 'Căn cứ'), or None. Offsets index `normalize_text(text)`."""
    text = normalize_text(text)
    p = _patterns()
    t = tables()
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for index, (line_start, line) in enumerate(lines):
        if line.lstrip().startswith("|"):
            found = _markdown_row_section(lines, index, text)
            if found:
                return found
            continue
        m = p["heading"].match(line)
        if not m:
            continue
        label = " ".join(m.group("label").lower().split())
        rest = m.group("rest").strip()
        if label in t.bare_legal_basis_headings and rest and not m.group("colon"):
            continue  # 'Căn cứ Luật ...' is a sentence, not a heading
        if rest and not m.group("colon") and not p["content_start"].match(rest):
            continue  # 'Cơ sở pháp lý của việc ...'
        numbered = m.group("num")
        depth = _depth(numbered) if numbered else None
        table_label = not (m.group("md") or numbered or m.group("colon") or rest)
        body_start = line_start + m.start("rest") if rest else line_start + len(line) + 1
        end = body_start
        seen_content = bool(rest)
        j = index + 1
        while j < len(lines):
            next_start, next_line = lines[j]
            if not next_line.strip():
                # In a table a blank line ends the row; the next row starts with its own label.
                if table_label and seen_content:
                    following = next((l for _, l in lines[j + 1:] if l.strip()), "")
                    if not p["list_or_citation"].match(following):
                        break
                j += 1
                continue
            if _is_heading(next_line, depth) or (p["heading"].match(next_line) and j != index):
                break
            seen_content = True
            end = next_start + len(next_line)
            j += 1
        if rest and end == body_start:
            end = line_start + len(line)
        if end <= body_start and not rest:
            continue
        heading = line[: m.start("rest")] if rest else line
        return _section(text, heading.strip(" \t:"), body_start, max(end, body_start))
    return None
