"""regimpact's Streamlit app: `streamlit run app.py`. Pages live in ui/pages/, one file each."""
import streamlit as st

st.set_page_config(page_title="regimpact – Theo dõi thay đổi văn bản pháp luật", layout="wide")

navigation = st.navigation(
    [
        st.Page("ui/pages/tasks.py", title="Nhiệm vụ cập nhật", icon=":material/task_alt:", default=True),
    ]
)
navigation.run()
