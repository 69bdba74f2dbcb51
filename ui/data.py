"""Cached reads: each wraps one impact/ query, keyed by the database URL and the query's
arguments; ui.state.written() clears them all after a write."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from impact import queries
from impact.store import Store
from ui.state import store_for


def _s(db: str) -> Store:
    return store_for(db)


@st.cache_data(show_spinner=False)
def agencies(db: str) -> list[str]:
    return _s(db).agencies()


@st.cache_data(show_spinner=False)
def document_count(db: str) -> int:
    return _s(db).document_count()


@st.cache_data(show_spinner=False)
def week_figures(db: str, week: str, agency: str | None) -> queries.WeekFigures:
    return queries.week_figures(_s(db), week, agency=agency)


@st.cache_data(show_spinner=False)
def week_new_tasks(db: str, week: str, agency: str | None):
    return queries.week_new_tasks(_s(db), week, agency=agency)


@st.cache_data(show_spinner=False)
def activity_weeks(db: str, agency: str | None) -> list[str]:
    return queries.activity_weeks(_s(db), agency=agency)


@st.cache_data(show_spinner=False)
def default_week(db: str, agency: str | None) -> str:
    return queries.default_week(_s(db), agency=agency)


@st.cache_data(show_spinner=False)
def weekly_trend(db: str, week: str, agency: str | None) -> list[dict]:
    return queries.weekly_trend(_s(db), week, agency=agency)


@st.cache_data(show_spinner=False)
def document_facets(db: str) -> dict[str, list[str]]:
    return queries.document_facets(_s(db))


@st.cache_data(show_spinner=False)
def search_documents(db: str, text: str, doc_type: str | None, issuer: str | None, status: str | None,
                     issued_from: dt.date | None, issued_to: dt.date | None):
    return queries.search_documents(_s(db), text=text, doc_type=doc_type, issuer=issuer, status=status,
                                    issued_from=issued_from, issued_to=issued_to)


@st.cache_data(show_spinner=False)
def document_detail(db: str, number: str):
    return queries.document_detail(_s(db), number)


@st.cache_data(show_spinner=False)
def procedure_list(db: str, agency: str | None, day: dt.date):
    return queries.procedure_list(_s(db), agency=agency, day=day)


@st.cache_data(show_spinner=False)
def procedure_view(db: str, agency: str, code: str, day: dt.date):
    return queries.procedure_view(_s(db), agency, code, day=day)


@st.cache_data(show_spinner=False)
def task_list(db: str, where: queries.TaskFilter, limit: int | None):
    return queries.task_list(_s(db), where, limit=limit)


@st.cache_data(show_spinner=False)
def task_counts(db: str, where: queries.TaskFilter) -> dict[str, int]:
    return queries.task_counts(_s(db), where)


@st.cache_data(show_spinner=False)
def task_history(db: str, key: str) -> list[dict]:
    return queries.task_history(_s(db), key)


@st.cache_data(show_spinner=False)
def graph_around(db: str, procedure: str | None, document: str | None, agency: str | None, depth: int,
                 relations: tuple[str, ...] | None):
    return queries.graph_around(_s(db), procedure=procedure, document=document, agency=agency, depth=depth,
                                relations=relations)


@st.cache_data(show_spinner=False)
def crawl_runs(db: str) -> list[dict]:
    return _s(db).crawl_runs()


@st.cache_data(show_spinner=False)
def procedure_index(db: str, agency: str | None) -> list[tuple[str, str, str]]:
    return queries.procedure_index(_s(db), agency=agency)


@st.cache_data(show_spinner=False)
def most_cited(db: str, agency: str | None) -> list[tuple[str, int]]:
    return queries.most_cited(_s(db), agency=agency)


@st.cache_data(show_spinner=False)
def last_crawl_by_source(db: str) -> dict[str, dict]:
    return queries.last_crawl_by_source(_s(db))
