"""How far to walk a newest-first listing, and which of its documents to fetch.

A listing (vbpl's /doc/all, vanban.chinhphu.vn's grid, congbao's feed) shows every document,
newest first; the servers ignore filters. A run has a horizon: the --since date, else the start
of the last successful run of that source minus an overlap window (documents are posted days or
weeks after their issue date, so a run looks back past where the previous one stopped).

- A document is fetched when it is not stored yet and was issued on or after the horizon, or when
  it is stored but the source says it was updated after we last saw it.
- The walk goes on to the next page while a page holds a document issued or updated on or after
  the horizon. A page of documents that are all older than the horizon ends it: they are either
  stored already or older than what this run covers. (A stored document alone does not end the
  walk: late-posted ones sit among them.)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ListingEntry:
    """One row of a listing: the document's id at the source and the dates the row shows."""

    source_id: str
    issued: dt.date | None = None
    updated: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Step:
    fetch: tuple[ListingEntry, ...]
    next_page: bool
    truncated: bool = False


def default_horizon(today: dt.date, last_success: dt.date | None, overlap_days: int) -> dt.date:
    """The earliest issue date a run without --since covers."""
    start = min(today, last_success) if last_success else today
    return start - dt.timedelta(days=overlap_days)


@dataclass
class Walk:
    """The state of one walk over a listing.

    `seen` maps the id of every stored document of the source to when it was last collected.
    `queued` holds the ids this job has already asked for (kept across a pause), so that a
    document that moved to the next page while the walk went on is not fetched twice.
    """

    horizon: dt.date
    seen: dict[str, dt.datetime | None]
    queued: set[str] = field(default_factory=set)
    max_pages: int | None = None
    pages: int = 0

    def wants(self, entry: ListingEntry) -> bool:
        if entry.source_id in self.queued:
            return False
        if entry.source_id in self.seen:
            last = self.seen[entry.source_id]
            return bool(entry.updated and last and entry.updated > last)
        return entry.issued is None or entry.issued >= self.horizon

    def recent(self, entry: ListingEntry) -> bool:
        if entry.issued is None and entry.updated is None:
            return True
        return bool((entry.issued and entry.issued >= self.horizon)
                    or (entry.updated and entry.updated.date() >= self.horizon))

    def step(self, entries: list[ListingEntry], *, more: bool = True) -> Step:
        """What to do with one listing page; `more` is False when the source says it is the last."""
        self.pages += 1
        fetch: list[ListingEntry] = []
        for entry in entries:
            if self.wants(entry):
                fetch.append(entry)
                self.queued.add(entry.source_id)
        go_on = more and any(self.recent(entry) for entry in entries)
        truncated = go_on and self.max_pages is not None and self.pages >= self.max_pages
        return Step(fetch=tuple(fetch), next_page=go_on and not truncated, truncated=truncated)
