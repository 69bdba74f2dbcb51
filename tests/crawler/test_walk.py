"""How far a walk goes and what it fetches (crawler.walk)."""
import datetime as dt

from crawler.walk import ListingEntry, Walk, default_horizon

D = dt.date
H = D(2026, 10, 1)


def entry(source_id, issued, updated=None):
    return ListingEntry(source_id, issued, updated)


def test_default_horizon_covers_the_gap_since_the_last_success():
    assert default_horizon(D(2026, 11, 28), None, 45) == D(2026, 10, 14)
    assert default_horizon(D(2026, 11, 28), D(2026, 8, 1), 45) == D(2026, 6, 17)


def test_new_documents_from_the_horizon_on_are_fetched():
    walk = Walk(horizon=H, seen={"1": dt.datetime(2026, 11, 1)})
    step = walk.step([entry("1", D(2026, 10, 20)), entry("2", D(2026, 10, 21)), entry("3", D(2026, 9, 1)),
                      entry("4", None)])
    assert [e.source_id for e in step.fetch] == ["2", "4"]
    assert step.next_page


def test_a_page_older_than_the_horizon_ends_the_walk_even_with_unknown_documents():
    walk = Walk(horizon=H, seen={})
    step = walk.step([entry("8", D(2026, 9, 30)), entry("9", D(2003, 7, 23))])
    assert step.fetch == () and not step.next_page


def test_a_page_of_stored_documents_within_the_horizon_does_not_end_the_walk():
    walk = Walk(horizon=H, seen={"1": dt.datetime(2026, 11, 1), "2": dt.datetime(2026, 11, 1)})
    step = walk.step([entry("1", D(2026, 10, 2)), entry("2", D(2026, 10, 3))])
    assert step.fetch == () and step.next_page


def test_an_old_document_updated_after_the_horizon_keeps_the_walk_going():
    walk = Walk(horizon=H, seen={})
    step = walk.step([entry("5", D(2003, 7, 23), dt.datetime(2026, 10, 5))])
    assert step.fetch == () and step.next_page


def test_a_stored_document_updated_since_it_was_collected_is_fetched_again():
    walk = Walk(horizon=H, seen={"1": dt.datetime(2026, 10, 10), "2": dt.datetime(2026, 10, 10), "3": None})
    step = walk.step([entry("1", D(2003, 7, 23), dt.datetime(2026, 10, 11)),
                      entry("2", D(2003, 7, 23), dt.datetime(2026, 10, 9)),
                      entry("3", D(2003, 7, 23), dt.datetime(2026, 10, 9))])
    assert [e.source_id for e in step.fetch] == ["1"]


def test_a_document_is_asked_for_once_per_job_even_when_the_listing_shifts():
    walk = Walk(horizon=H, seen={})
    assert [e.source_id for e in walk.step([entry("7", D(2026, 10, 9))]).fetch] == ["7"]
    assert walk.step([entry("7", D(2026, 10, 9)), entry("6", D(2026, 10, 8))]).fetch == (entry("6", D(2026, 10, 8)),)
    assert walk.queued == {"6", "7"}


def test_max_pages_truncates_and_the_last_page_is_the_last():
    walk = Walk(horizon=H, seen={}, max_pages=2)
    assert walk.step([entry("1", D(2026, 10, 9))]).next_page
    second = walk.step([entry("2", D(2026, 10, 9))])
    assert (second.next_page, second.truncated) == (False, True)
    assert [e.source_id for e in second.fetch] == ["2"]
    last = Walk(horizon=H, seen={}).step([entry("3", D(2026, 10, 9))], more=False)
    assert (last.next_page, last.truncated) == (False, False)
