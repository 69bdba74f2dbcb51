"""Nhiệm vụ cập nhật: filter the scope's tasks, edit status, assignee and note inline or in bulk
(each change is written to the task's history), export the current filter."""
import datetime as dt

import pandas as pd
import streamlit as st

from impact import queries
from impact.exports import tasks_csv, tasks_docx, tasks_xlsx
from impact.labels import CHANGE_LABELS, SEVERITY_LABELS, STATUS_LABELS, vn_date
from impact.models import SEVERITIES, TASK_STATUSES
from impact.queries import TaskFilter
from ui import data
from ui.format import edited_fields
from ui.state import actor, agency_scope, db, store, written

DUE_CHOICES = {"all": "Mọi hạn", "overdue": "Quá hạn", "30": "Đến hạn trong 30 ngày", "range": "Trong khoảng ngày"}
HISTORY_FIELDS = {"created": "Tạo nhiệm vụ", "status": "Trạng thái", "assignee": "Người phụ trách", "note": "Ghi chú",
                  "active": "Còn hiệu lực", "severity": "Mức độ", "due": "Hạn"}
EDITOR_LIMIT = 500

st.title("Nhiệm vụ cập nhật quy trình")
scope = agency_scope()
today = dt.date.today()
if flash := st.session_state.pop("task_flash", None):
    st.success(flash, icon=":material/check_circle:")

columns = st.columns([2, 2, 2, 3])
severities = columns[0].multiselect("Mức độ", SEVERITIES, format_func=SEVERITY_LABELS.get, key="task_severity",
                                    placeholder="Mọi mức độ")
statuses = columns[1].multiselect("Trạng thái", TASK_STATUSES, default=["open", "in_progress"],
                                  format_func=STATUS_LABELS.get, key="task_status", placeholder="Mọi trạng thái")
due_choice = columns[2].selectbox("Hạn cập nhật", list(DUE_CHOICES), format_func=DUE_CHOICES.get, key="task_due")
text = columns[3].text_input("Tìm", placeholder="Mã, tên quy trình hoặc số ký hiệu văn bản", key="task_text")
due_from = due_to = overdue_on = None
if due_choice == "overdue":
    overdue_on = today
elif due_choice == "30":
    due_from, due_to = today, today + dt.timedelta(days=30)
elif due_choice == "range":
    picked = st.date_input("Hạn từ ngày – đến ngày", value=(today, today + dt.timedelta(days=90)), format="DD/MM/YYYY",
                           key="task_due_range")
    due_from, due_to = (picked[0], picked[1]) if len(picked) == 2 else (picked[0], None)

where = TaskFilter(agency=scope, severities=tuple(severities), statuses=tuple(statuses), due_from=due_from,
                   due_to=due_to, overdue_on=overdue_on, text=text)
counts = data.task_counts(db(), where)
total = sum(counts.values())
if not total:
    if sum(data.task_counts(db(), TaskFilter(agency=scope)).values()):
        st.info("Không có nhiệm vụ nào khớp bộ lọc. Thử chọn thêm trạng thái hoặc mức độ, hay bỏ điều kiện về hạn.")
    else:
        st.info("Chưa có nhiệm vụ nào" + (f" của {scope}" if scope else "") + ". Nhiệm vụ được tạo khi phân tích "
                "thấy văn bản mới tác động đến quy trình: tải quy trình lên ở trang **Quy trình**, thu thập văn bản ở "
                "trang **Thu thập** (hoặc chạy `regimpact demo`).")
    st.stop()

metrics = st.columns(4)
metrics[0].metric("Nhiệm vụ theo bộ lọc", total)
for column, severity in zip(metrics[1:], SEVERITIES):
    column.metric(f"Mức {SEVERITY_LABELS[severity].lower()}", counts[severity])

st.subheader("Xuất danh sách theo bộ lọc")
subheading = f"Phạm vi: {scope or 'tất cả cơ quan'} · lập ngày {vn_date(today)} · {total} nhiệm vụ"
current = store()


def export(render, **options):
    """Deferred: the whole filtered list is read and laid out only when the button is clicked."""
    return lambda: render(queries.task_list(current, where), **options)


exports = st.columns(3)
exports[0].download_button("Tải XLSX", export(tasks_xlsx), file_name="nhiem-vu.xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           key="export_xlsx", icon=":material/download:")
exports[1].download_button("Tải CSV", export(tasks_csv), file_name="nhiem-vu.csv", mime="text/csv",
                           on_click="ignore", key="export_csv", icon=":material/download:")
exports[2].download_button("Tải DOCX", export(tasks_docx, subheading=subheading), file_name="nhiem-vu.docx",
                           mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           on_click="ignore", key="export_docx", icon=":material/download:")

st.subheader("Danh sách nhiệm vụ")
shown = data.task_list(db(), where, EDITOR_LIMIT)
if total > EDITOR_LIMIT:
    st.caption(f"Hiển thị {EDITOR_LIMIT} trên {total} nhiệm vụ để sửa trực tiếp; thu hẹp bộ lọc để thấy các "
               "nhiệm vụ còn lại (tệp xuất có đủ cả danh sách).")
original = pd.DataFrame([{
    "Chọn": False,
    "Quy trình": t.procedure,
    "Văn bản viện dẫn": t.cited + (f" ({'; '.join(t.cited_articles)})" if t.cited_articles else ""),
    "Văn bản mới": t.trigger,
    "Thay đổi": CHANGE_LABELS.get(t.change, t.change),
    "Mức độ": SEVERITY_LABELS.get(t.severity, t.severity),
    "Hạn": vn_date(t.due),
    "Trạng thái": STATUS_LABELS[t.status],
    "Người phụ trách": t.assignee or "",
    "Ghi chú": t.note or "",
    "Tên quy trình": t.procedure_title,
    "Cơ quan": t.agency,
} for t in shown], index=[t.key for t in shown])
if scope:
    original = original.drop(columns=["Cơ quan"])
editable = ["Chọn", "Trạng thái", "Người phụ trách", "Ghi chú"]
edited = st.data_editor(
    original, key=f"task_editor_{st.session_state.get('task_editor_version', 0)}", width="stretch",
    hide_index=True, disabled=[c for c in original.columns if c not in editable],
    column_config={
        "Chọn": st.column_config.CheckboxColumn("Chọn", help="Chọn để thao tác hàng loạt", width="small"),
        "Trạng thái": st.column_config.SelectboxColumn("Trạng thái", options=list(STATUS_LABELS.values()),
                                                       required=True),
        "Người phụ trách": st.column_config.TextColumn("Người phụ trách", max_chars=200),
        "Ghi chú": st.column_config.TextColumn("Ghi chú"),
    },
)


def save(changes: dict[str, dict], message: str | None = None) -> int:
    """Write the changes ({key: {"status"|"assignee"|"note": value}}) and refresh every page."""
    for key, fields in changes.items():
        store().update_task(key, actor=actor(), message=message, **fields)
    written()
    st.session_state["task_editor_version"] = st.session_state.get("task_editor_version", 0) + 1
    return len(changes)


changes = edited_fields(original, edited)
if st.button(f"Lưu thay đổi ({len(changes)} nhiệm vụ)", disabled=not changes, type="primary", key="task_save"):
    st.session_state["task_flash"] = f"Đã lưu thay đổi của {save(changes)} nhiệm vụ."
    st.rerun()

selected = [key for key in edited.index if edited.loc[key, "Chọn"]]
with st.expander(f"Thao tác hàng loạt ({len(selected)} nhiệm vụ đã chọn)", icon=":material/checklist:",
                 expanded=bool(selected)):
    everything = st.checkbox(f"Áp dụng cho toàn bộ {total} nhiệm vụ theo bộ lọc", key="bulk_all")
    count = total if everything else len(selected)
    bulk = st.columns(3)
    bulk_status = bulk[0].selectbox("Đổi trạng thái thành", [None, *TASK_STATUSES], key="bulk_status",
                                    format_func=lambda s: "(giữ nguyên)" if s is None else STATUS_LABELS[s])
    bulk_assignee = bulk[1].text_input("Giao cho", key="bulk_assignee", placeholder="(giữ nguyên)")
    bulk_note = bulk[2].text_input("Ghi chú", key="bulk_note", placeholder="(giữ nguyên)")
    fields = {name: value for name, value in (("status", bulk_status), ("assignee", bulk_assignee.strip()),
                                              ("note", bulk_note.strip())) if value}
    if st.button(f"Áp dụng cho {count} nhiệm vụ", disabled=not count or not fields, key="bulk_apply"):
        targets = queries.task_keys(current, where) if everything else selected
        count = save({key: fields for key in targets}, "Thao tác hàng loạt")
        st.session_state["task_flash"] = f"Đã cập nhật {count} nhiệm vụ."
        st.rerun()

st.subheader("Chi tiết và lịch sử")
by_key = {t.key: t for t in shown}
key = st.selectbox("Nhiệm vụ", list(by_key), key="task_selected",
                   format_func=lambda k: f"{by_key[k].procedure} ({by_key[k].agency}) · {by_key[k].cited} → "
                                         f"{by_key[k].trigger} · {STATUS_LABELS[by_key[k].status]}")
task = by_key[key]
left, right = st.columns(2)
with left:
    st.markdown(f"**Thay đổi:** {CHANGE_LABELS[task.change]} · **Mức độ:** {SEVERITY_LABELS[task.severity]} · "
                f"**Hạn:** {vn_date(task.due)}")
    if task.successor:
        st.text(f"Văn bản thay thế hiện hành: {task.successor}")
    st.markdown("**Căn cứ (trích văn bản mới):**")
    st.text(task.evidence)
with right:
    with st.form(f"task_form_{key}"):
        status = st.selectbox("Trạng thái", TASK_STATUSES, index=TASK_STATUSES.index(task.status),
                              format_func=STATUS_LABELS.get, key=f"form_status_{key}")
        assignee = st.text_input("Người phụ trách", value=task.assignee or "", key=f"form_assignee_{key}")
        note = st.text_area("Ghi chú", value=task.note or "", key=f"form_note_{key}", height=80)
        if st.form_submit_button("Lưu nhiệm vụ", type="primary"):
            fields = {name: value for name, value, old in (("status", status, task.status),
                                                           ("assignee", assignee.strip(), task.assignee or ""),
                                                           ("note", note.strip(), task.note or "")) if value != old}
            if fields:
                save({key: fields})
                st.session_state["task_flash"] = "Đã lưu nhiệm vụ."
                st.rerun()
history = data.task_history(db(), key)
st.dataframe(pd.DataFrame([{
    "Thời điểm (UTC)": dt.datetime.fromisoformat(e["at"]).strftime("%d/%m/%Y %H:%M"),
    "Người thực hiện": e["actor"],
    "Nội dung": HISTORY_FIELDS.get(e["field"], e["field"]),
    "Giá trị cũ": STATUS_LABELS.get(e["old"], e["old"]) if e["field"] == "status" else (e["old"] or ""),
    "Giá trị mới": STATUS_LABELS.get(e["new"], e["new"]) if e["field"] in ("status", "created") else (e["new"] or ""),
    "Ghi chú": e["message"] or "",
} for e in history]), hide_index=True, width="stretch")
