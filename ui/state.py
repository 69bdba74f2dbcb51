"""What every page shares: the store (one per database), the agency scope chosen once in the
sidebar, the name written into task history, and cache clearing after writes."""
from __future__ import annotations

import streamlit as st

from impact.store import Store, database_url

ALL_AGENCIES = "Tất cả cơ quan"
SCOPE_KEY = "agency_scope"
ACTOR_KEY = "actor"
DEFAULT_ACTOR = "Cán bộ đầu mối ISO"


@st.cache_resource(show_spinner=False)
def store_for(url: str) -> Store:
    return Store(url)


def store() -> Store:
    """The database named by $REGIMPACT_DB (default data/regimpact.db)."""
    return store_for(database_url())


def db() -> str:
    """The database URL: the key every cached read is stored under."""
    return store().url


def scope_selector() -> None:
    """The sidebar's agency and user fields; app.py draws them on every page so that they persist."""
    from ui import data

    agencies = data.agencies(db())
    options = [ALL_AGENCIES, *agencies]
    if st.session_state.get(SCOPE_KEY) not in options:
        st.session_state.pop(SCOPE_KEY, None)
    st.sidebar.selectbox("Cơ quan", options, key=SCOPE_KEY,
                         help="Chọn một lần; mọi trang chỉ hiển thị dữ liệu của cơ quan này. "
                              "“Tất cả cơ quan” dành cho Ban chỉ đạo ISO của tỉnh.")
    st.session_state.setdefault(ACTOR_KEY, DEFAULT_ACTOR)
    st.sidebar.text_input("Người cập nhật", key=ACTOR_KEY, help="Tên ghi vào lịch sử khi thay đổi nhiệm vụ.")


def agency_scope() -> str | None:
    """The agency chosen in the sidebar; None means every agency."""
    choice = st.session_state.get(SCOPE_KEY, ALL_AGENCIES)
    return None if choice == ALL_AGENCIES else choice


def actor() -> str:
    return (st.session_state.get(ACTOR_KEY) or "").strip() or DEFAULT_ACTOR


def written() -> None:
    """Call after every write: cached reads are dropped so that every page shows the new state."""
    st.cache_data.clear()
