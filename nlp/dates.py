"""Vietnamese issue dates: 'ngày 23 tháng 4 năm 2018', 'ngày 23/4/2018', 'ngày 23-4-2018', 'ngày 23.04.2018'."""
from __future__ import annotations

import datetime as _dt
import re

#: A written date after 'ngày'; groups: day, month, year.
_S = r"[ \t]*(?:\n[ \t]*)?"  # OCR'd text wraps lines inside dates too
# A typist may write 'ngày' for 'tháng' ('ngày 18 ngày 5 năm 2004'): read as the month.
# OCR reads a day's 1 as l, I or L ('ngày 3l tháng 3', 'ngày L7 tháng 6', 'ngày lI tháng 9').
DATE_PATTERN = (
    rf"(\d{{1,2}}|[0-3][lIL]|[lIL]\d|[lIL][lIL]){_S}(?:th[áa]ng,?|ngày|[/.\-]){_S}(\d{{1,2}}){_S}(?:,?{_S}n[ăa]m:?|[/.\-]){_S}((?:19|20)\d\d)(?!\d)"
)
_OCR_ONE = str.maketrans("lIL", "111")
# OCR writes 'ngây' and leaves a stray mark before the day ('ngây ‡ 31 tháng 01 năm 2022').
# Typed without marks or OCR'd with another ('ngay', 'ngảy').
_DATE = re.compile(r"[Nn]g[àâảáạãa]y[ \t\n]+(?:[^\w\s(][ \t]+)?" + DATE_PATTERN)


def iso_date(day: str, month: str, year: str) -> str | None:
    """ISO form of a day, month and year as written; None when they are not a real date."""
    day = day.translate(_OCR_ONE)
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def match_date(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The date written at `pos` ('ngày 15 tháng 01 năm 2022'): (ISO date, end offset), or None."""
    m = _DATE.match(text, pos)
    if not m:
        return None
    iso = iso_date(*m.groups())
    return (iso, m.end()) if iso else None
