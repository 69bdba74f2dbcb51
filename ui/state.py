"""What every page shares: the store (one per process) and the agency scope chosen once."""
from __future__ import annotations

import streamlit as st

from impact.store import Store, database_url

ALL_AGENCIES = "Tất cả cơ quan"


@st.cache_resource
def _store_at(url: str) -> Store:
    return Store(url)


def store() -> Store:
    """The database named by $REGIMPACT_DB (default data/regimpact.db), one Store per database."""
    return _store_at(database_url())


def agency_scope() -> str | None:
    """The agency the user works for, chosen in the sidebar; None means every agency."""
    agencies = store().agencies()
    choice = st.sidebar.selectbox("Cơ quan", [ALL_AGENCIES, *agencies], key="agency_scope")
    return None if choice == ALL_AGENCIES else choice
