"""Báo cáo tuần: the figures, charts and new tasks of an ISO week, and the report as a file."""
import streamlit as st

from impact.labels import CHANGE_LABELS, SEVERITY_LABELS, vn_date
from impact.reports import parse_week
from ui import data
from ui.charts import horizontal_bars, weekly_columns
from ui.format import task_table
from ui.state import agency_scope, db, store

st.title("Báo cáo tác động hằng tuần")
scope = agency_scope()

if not data.document_count(db()):
    st.info("Chưa có văn bản nào trong cơ sở dữ liệu. Hãy nạp dữ liệu mẫu (`regimpact demo`), thu thập văn bản "
            "mới ở trang **Thu thập**, hoặc nhập sổ đăng ký văn bản (`regimpact import-docs`).")
    st.stop()

default = data.default_week(db(), scope)
weeks = data.activity_weeks(db(), scope)
if default not in weeks:
    weeks = sorted({*weeks, default}, reverse=True)


def week_label(week: str) -> str:
    start, end = parse_week(week)
    return f"Tuần {week} ({vn_date(start)} – {vn_date(end)})"


week = st.selectbox("Tuần báo cáo", weeks, index=weeks.index(default), format_func=week_label,
                    help="Các tuần có văn bản được thu thập hoặc nhiệm vụ được tạo; mặc định là tuần gần nhất "
                         "có văn bản mới tác động đến quy trình.")
figures = data.week_figures(db(), week, scope)
st.caption(f"Phạm vi: {scope or 'tất cả cơ quan'}")

columns = st.columns(5)
columns[0].metric("Văn bản mới thu thập", figures.new_documents)
columns[1].metric("Văn bản tác động", figures.relevant_documents, help="Văn bản mới tác động đến quy trình")
columns[2].metric("Quy trình bị ảnh hưởng", figures.affected_procedures)
columns[3].metric("Nhiệm vụ mới", sum(figures.new_tasks.values()),
                  help=" · ".join(f"{SEVERITY_LABELS[s]}: {n}" for s, n in figures.new_tasks.items()))
columns[4].metric("Nhiệm vụ quá hạn", figures.overdue_tasks, help=f"Đang mở và quá hạn trước {vn_date(figures.end)}")
severity_columns = st.columns(5)
for column, (severity, count) in zip(severity_columns, figures.new_tasks.items()):
    column.metric(f"Mới – mức {SEVERITY_LABELS[severity].lower()}", count)
severity_columns[3].metric("Nhiệm vụ đang mở", figures.open_tasks)

st.subheader("Tải báo cáo")


def report_file(fmt: str):
    """Deferred: the report is built only when the button is clicked."""
    current, chosen_week, agency = store(), week, scope

    def build() -> bytes:
        from impact.api import build_weekly_report
        from impact.reports import render_report

        return render_report(build_weekly_report(current, chosen_week, agency=agency), fmt)

    return build


download_columns = st.columns(3)
for column, (fmt, label, mime) in zip(download_columns, (
        ("docx", "Tải báo cáo DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xlsx", "Tải báo cáo XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("html", "Tải báo cáo HTML", "text/html"))):
    column.download_button(label, report_file(fmt), file_name=f"bao-cao-{week}.{fmt}", mime=mime,
                           on_click="ignore", key=f"report_{fmt}", icon=":material/download:")

st.subheader("Biểu đồ")
SEVERITY_COLOURS = {SEVERITY_LABELS["high"]: "#c0392b", SEVERITY_LABELS["medium"]: "#e67e22",
                    SEVERITY_LABELS["low"]: "#95a5a6"}
chart_columns = st.columns(2)
with chart_columns[0]:
    st.markdown("**Nhiệm vụ đang mở theo cơ quan**")
    if figures.open_by_agency:
        st.image(horizontal_bars([(agency, {SEVERITY_LABELS[s]: n for s, n in counts.items()})
                                 for agency, counts in figures.open_by_agency.items()], SEVERITY_COLOURS),
                 width="stretch")
    else:
        st.caption("Không có nhiệm vụ đang mở.")
with chart_columns[1]:
    st.markdown("**Nhiệm vụ mới trong tuần theo loại thay đổi**")
    if figures.new_by_change:
        st.image(horizontal_bars([(CHANGE_LABELS[c], {"Nhiệm vụ": n}) for c, n in figures.new_by_change.items()],
                                 {"Nhiệm vụ": "#1f4e99"}), width="stretch")
    else:
        st.caption("Tuần này không có nhiệm vụ mới.")
st.markdown("**Xu hướng 12 tuần: nhiệm vụ mới theo mức độ và văn bản mới thu thập**")
trend = data.weekly_trend(db(), week, scope)
st.image(weekly_columns([w["week"] for w in trend], {SEVERITY_LABELS[s]: [w[s] for w in trend] for s in SEVERITY_LABELS},
                        SEVERITY_COLOURS, [w["documents"] for w in trend], "Văn bản mới thu thập"), width="stretch")

st.subheader("Nhiệm vụ mới trong tuần theo cơ quan")
tasks = data.week_new_tasks(db(), week, scope)
if not tasks:
    st.info("Tuần này không có nhiệm vụ mới. Chọn tuần khác, hoặc xem toàn bộ nhiệm vụ ở trang **Nhiệm vụ cập nhật**.")
for agency in sorted({t.agency for t in tasks}):
    agency_tasks = [t for t in tasks if t.agency == agency]
    with st.expander(f"{agency} – {len(agency_tasks)} nhiệm vụ", expanded=len(tasks) <= 30):
        st.dataframe(task_table(agency_tasks, with_agency=False), hide_index=True, width="stretch")
