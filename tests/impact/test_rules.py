import datetime as dt

import pytest

from impact import rules


@pytest.mark.parametrize(
    "change, changed, cited, expected",
    [
        ("replaces", (), (), "high"),
        ("expires", (), ("Điều 5",), "high"),
        ("repeals", (), ("Điều 5",), "high"),
        ("repeals", ("khoản 9 Điều 1",), ("Điều 1",), "high"),
        ("repeals", ("khoản 9 Điều 1",), ("Điều 4",), "low"),
        ("repeals", ("Điều 6",), (), "medium"),
        ("amends", ("Điều 5",), ("khoản 2 Điều 5",), "high"),
        ("amends", ("Điều 5", "Điều 9"), ("Điều 6", "Điều 7"), "low"),
        ("amends", ("Điều 5",), (), "medium"),
        ("amends", (), (), "medium"),
        # articles of the amendment not listed: the procedure's articles may be among them
        ("amends", (), ("Điều 7",), "high"),
        ("guides", (), ("Điều 7",), "low"),
    ],
)
def test_severity(change, changed, cited, expected):
    assert rules.severity(change, changed_articles=changed, cited_articles=cited) == expected


def test_parent_expired_before_and_after_law_64_2025():
    assert rules.severity("parent_expired", parent_lost_effect=dt.date(2025, 3, 31)) == "high"
    assert rules.severity("parent_expired", parent_lost_effect=dt.date(2025, 4, 1)) == "low"
    assert rules.severity("parent_expired", parent_lost_effect=dt.date(2025, 7, 1)) == "low"


def test_unknown_change_is_an_error():
    with pytest.raises(ValueError):
        rules.severity("renames")


@pytest.mark.parametrize(
    "effective, due",
    [
        ("2025-07-01", "2025-10-01"),
        ("2021-12-06", "2022-03-06"),
        ("2025-11-30", "2026-02-28"),
        ("2027-11-30", "2028-02-29"),
        ("2026-10-15", "2027-01-15"),
        (None, None),
    ],
)
def test_due_date_is_effective_plus_three_months(effective, due):
    assert rules.due_date(effective) == due


def test_article_numbers():
    assert rules.article_numbers(["điểm a, b khoản 2 Điều 7", "Điều 35a"]) == {"7", "35a"}
    assert rules.article_numbers(["Chương II"]) == set()
