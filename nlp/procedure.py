"""Metadata of an agency procedure (quy trình) from its text: its code and its title."""
from __future__ import annotations

import re

from nlp.normalize import normalize_text

# "Mã hiệu: QT-TP-07", "Ký hiệu QT.01/VP", "Mã số quy trình: QT-07"; in a table the label and the
# code may sit on consecutive lines. A code holds at least one letter and one digit.
_CODE_LABEL = r"(?:mã\s*hiệu|ký\s*hiệu|mã\s*số)(?:\s*quy\s*trình)?"
_CODE_VALUE = r"(?=[^\s:]*\d)(?=[^\s:]*[A-Za-zĐđ])[A-Za-zĐđ0-9][A-Za-zĐđ0-9.\-/_]*[A-Za-zĐđ0-9]"
_CODE = re.compile(rf"{_CODE_LABEL}\s*[:：]?\s*\n?\s*[|*]*\s*({_CODE_VALUE})", re.IGNORECASE)
_TITLE = re.compile(r"^[#*\s|]*(QUY\s+TRÌNH\b.*)$", re.MULTILINE)
_CODE_SEARCH_LINES = 60


def find_procedure_code(text: str) -> str | None:
    """The procedure's code (Mã hiệu / Ký hiệu / Mã số) from its header, or None."""
    head = "\n".join(normalize_text(text).splitlines()[:_CODE_SEARCH_LINES])
    match = _CODE.search(head)
    return match.group(1) if match else None


def find_procedure_title(text: str) -> str | None:
    """The procedure's title: the "QUY TRÌNH ..." line and the capitalised lines continuing it."""
    text = normalize_text(text)
    match = _TITLE.search(text)
    if not match:
        return None
    parts = [match.group(1).strip(" *|#")]
    for line in text[match.end():].splitlines()[1:4]:
        line = line.strip(" *|#")
        if not line or not line.isupper() or _CODE.search(line):
            break
        parts.append(line)
    return " ".join(parts)
