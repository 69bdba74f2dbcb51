"""Nhiệm vụ cập nhật: the open update tasks of the chosen agency scope, grouped by agency."""
import streamlit as st

from impact.labels import CHANGE_LABELS, SEVERITY_LABELS, STATUS_LABELS, vn_date
from ui.format import escape
from ui.state import agency_scope, store

st.title("Nhiệm vụ cập nhật quy trình")
scope = agency_scope()
tasks = [t for t in store().tasks(agency=scope) if t.status in ("open", "in_progress")]

if not tasks:
    st.info(
        "Chưa có nhiệm vụ nào cần xử lý. Hãy nạp văn bản và quy trình (lệnh `regimpact demo` hoặc "
        "`regimpact import-procedures`), rồi chạy phân tích (`regimpact analyze`)."
    )
    st.stop()

severity_counts = {label: sum(1 for t in tasks if t.severity == key) for key, label in SEVERITY_LABELS.items()}
columns = st.columns(len(severity_counts) + 1)
columns[0].metric("Nhiệm vụ đang mở", len(tasks))
for column, (label, count) in zip(columns[1:], severity_counts.items()):
    column.metric(f"Mức độ {label.lower()}", count)

for agency in sorted({t.agency for t in tasks}):
    agency_tasks = [t for t in tasks if t.agency == agency]
    st.subheader(f"{agency} ({len(agency_tasks)})")
    for task in agency_tasks:
        header = (
            f"{task.procedure} · {CHANGE_LABELS[task.change]} · {task.cited} → {task.trigger} · "
            f"mức {SEVERITY_LABELS[task.severity].lower()} · hạn {vn_date(task.due)}"
        )
        with st.expander(header):
            st.markdown(f"**Quy trình:** {escape(task.procedure_title)}")
            st.markdown(f"**Trạng thái:** {STATUS_LABELS[task.status]}")
            if task.cited_articles:
                st.markdown(f"**Điều, khoản viện dẫn:** {escape('; '.join(task.cited_articles))}")
            if task.successor:
                st.markdown(f"**Văn bản thay thế hiện hành:** {escape(task.successor)}")
            st.markdown("**Căn cứ:**")
            st.text(task.evidence)
