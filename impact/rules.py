"""The rules that decide how badly a change touches a procedure and by when it must be handled.

Legal grounds:
- Due date: QĐ 19/2014/QĐ-TTg, Điều 4 khoản 4 điểm a — the ISO system is updated within three months
  of a change in the legal documents it applies; counted from the new document's effective date.
- Detailing documents whose parent lost effect: Law 80/2015/QH13 Điều 154 khoản 3 — they lose effect
  with it; Law 64/2025/QH15 (in force 2025-04-01) — they stay in force unless declared expired, so
  for a parent that lost effect on or after that date only a low-severity review is due.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

UPDATE_PERIOD_MONTHS = 3
LAW_64_2025_IN_FORCE = dt.date(2025, 4, 1)

_ARTICLE = re.compile(r"Điều\s+(\d+[a-zđ]?)", re.IGNORECASE)


def article_numbers(pinpoints) -> set[str]:
    """The Điều numbers named in pinpoints ("khoản 2 Điều 5" → {"5"}); empty when none is named."""
    found: set[str] = set()
    for pinpoint in pinpoints or ():
        found.update(m.group(1).lower() for m in _ARTICLE.finditer(pinpoint))
    return found


def _partial_severity(changed_articles, cited_articles) -> str:
    changed = article_numbers(changed_articles)
    cited = article_numbers(cited_articles)
    if not changed:  # the whole document, or articles nobody listed: assume the worst overlap
        return "high" if cited else "medium"
    if not cited:
        return "medium"
    return "high" if changed & cited else "low"


def severity(change: str, *, changed_articles=(), cited_articles=(), parent_lost_effect: dt.date | None = None,
             partial: bool = False) -> str:
    """Severity of one change for one procedure.

    - replaces, expires, and repeals of the whole document: high;
    - amends, and repeals or expiries of a part (listed articles, or `partial` with the part
      unknown): high when the changed articles meet the cited ones (or are not listed while the
      procedure cites articles), medium when the procedure cites the whole document, low when it
      cites other articles only;
    - guides: low (informational);
    - parent_expired: high when the parent lost effect before Law 64/2025/QH15 was in force (the
      detailing document fell with it), low from then on (review only).
    """
    if change == "replaces":
        return "high"
    if change in ("repeals", "expires"):
        whole = not changed_articles and not partial
        return "high" if whole else _partial_severity(changed_articles, cited_articles)
    if change == "amends":
        return _partial_severity(changed_articles, cited_articles)
    if change == "guides":
        return "low"
    if change == "parent_expired":
        if parent_lost_effect is not None and parent_lost_effect < LAW_64_2025_IN_FORCE:
            return "high"
        return "low"
    raise ValueError(f"unknown change type: {change}")


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later, clamped to the month's last day (30 Nov + 3 months → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(effective: str | None) -> str | None:
    """The new document's effective date + 3 months (ISO), or None when the date is unknown."""
    if not effective:
        return None
    return add_months(dt.date.fromisoformat(effective), UPDATE_PERIOD_MONTHS).isoformat()
