"""regimpact's Streamlit app: `streamlit run app.py`. Pages live in ui/pages/, one file each; the
sidebar's agency scope is drawn here so that every page follows it."""
import streamlit as st

from ui.state import scope_selector

st.set_page_config(page_title="regimpact – Theo dõi thay đổi văn bản pháp luật", layout="wide")

PAGES = [
    st.Page("ui/pages/report.py", title="Báo cáo tuần", icon=":material/summarize:", default=True),
    st.Page("ui/pages/graph.py", title="Đồ thị phụ thuộc", icon=":material/hub:"),
    st.Page("ui/pages/procedures.py", title="Quy trình", icon=":material/description:"),
    st.Page("ui/pages/documents.py", title="Văn bản pháp luật", icon=":material/gavel:"),
    st.Page("ui/pages/tasks.py", title="Nhiệm vụ cập nhật", icon=":material/task_alt:"),
    st.Page("ui/pages/crawl.py", title="Thu thập", icon=":material/cloud_download:"),
]

navigation = st.navigation(PAGES)
scope_selector()
navigation.run()
