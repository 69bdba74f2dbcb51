"""Quy trình: the scope's procedures with the validity of their legal basis; one procedure's text
with its citations highlighted, its legal-basis table and its tasks; upload of new procedure files."""
import datetime as dt
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from impact.labels import SEVERITY_LABELS, vn_date
from impact.readers import SUPPORTED_SUFFIXES
from ui import data
from ui.format import escape, highlighted_text, legend, task_table
from ui.state import actor, agency_scope, db, store, written

BASIS_LABELS = {True: "Còn hiệu lực", False: "Có văn bản hết hiệu lực", None: "Chưa xác định đủ"}
STATE_LABELS = {"in_force": "Còn hiệu lực", "not_yet_in_force": "Chưa có hiệu lực", "expired": "Hết hiệu lực",
                "unknown": "Chưa rõ"}
OUTCOME_LABELS = {"imported": "Đã nhập", "unchanged": "Không đổi", "failed": "Lỗi"}

st.title("Quy trình")
scope = agency_scope()
today = dt.date.today()


def upload_section() -> None:
    with st.expander("Tải lên quy trình mới", icon=":material/upload_file:", expanded=not data.procedure_index(db(), scope)):
        files = st.file_uploader(f"Tệp quy trình ({', '.join(SUPPORTED_SUFFIXES)})",
                                 type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
                                 accept_multiple_files=True, key="procedure_files")
        agencies = data.agencies(db())
        if scope:
            owner = scope
            st.caption(f"Quy trình sẽ được nhập cho: {scope}")
        else:
            owner = st.selectbox("Cơ quan của các tệp", agencies, index=None, accept_new_options=True,
                                 placeholder="Chọn hoặc gõ tên cơ quan", key="upload_agency")
        if st.button("Nhập quy trình", disabled=not files or not owner, type="primary", key="upload_go"):
            import_files(files, owner)


def import_files(files, owner: str) -> None:
    from impact.api import run_analysis
    from impact.ingest import import_procedures

    outcomes = []
    progress = st.progress(0.0, text="Đang đọc tệp…")
    with tempfile.TemporaryDirectory(prefix="regimpact-upload-") as folder:
        for index, upload in enumerate(files, start=1):
            path = Path(folder) / Path(upload.name).name
            path.write_bytes(upload.getvalue())
            progress.progress((index - 1) / len(files), text=f"Đang nhập {upload.name} ({index}/{len(files)})")
            outcomes += import_procedures(store(), [path], agency=owner).outcomes
        progress.progress(1.0, text="Đang phân tích tác động…")
        summary = run_analysis(store(), actor=actor())
    progress.empty()
    written()
    st.dataframe(pd.DataFrame([{"Tệp": Path(o.file).name, "Kết quả": OUTCOME_LABELS.get(o.outcome, o.outcome),
                                "Mã quy trình": o.procedure or "", "Lý do": o.reason or ""} for o in outcomes]),
                 hide_index=True, width="stretch")
    imported = sum(1 for o in outcomes if o.outcome == "imported")
    st.success(f"Đã nhập {imported}/{len(outcomes)} tệp; phân tích: {summary.tasks.new} nhiệm vụ mới, "
               f"{summary.tasks.changed} nhiệm vụ cập nhật.")


upload_section()
summaries = data.procedure_list(db(), scope, today)
if not summaries:
    st.info("Chưa có quy trình nào" + (f" của {scope}" if scope else "") + ". Tải tệp quy trình lên ở mục "
            "**Tải lên quy trình mới** phía trên, hoặc nạp dữ liệu mẫu bằng `regimpact demo`.")
    st.stop()

query = st.text_input("Tìm quy trình", placeholder="Mã hoặc tên quy trình", key="procedure_filter")
needle = query.strip().casefold()
shown = [p for p in summaries if not needle or needle in p.code.casefold() or needle in p.title.casefold()]
table = pd.DataFrame([{
    "Cơ quan": p.agency,
    "Mã": p.code,
    "Tên quy trình": p.title,
    "Phiên bản": p.version,
    "Căn cứ pháp lý": BASIS_LABELS[p.basis_valid],
    "Văn bản hết hiệu lực": ", ".join(p.expired_basis),
    **{f"Nhiệm vụ {SEVERITY_LABELS[s].lower()}": n for s, n in p.open_tasks.items()},
    "Trích dẫn chưa xác định": p.unresolved,
} for p in shown])
st.caption(f"{len(shown)} quy trình · căn cứ pháp lý xét tại ngày {vn_date(today)}")
st.dataframe(table, hide_index=True, width="stretch", height=min(420, 38 + 35 * max(len(shown), 1)))
if not shown:
    st.stop()

labels = {f"{p.agency}\x1f{p.code}": f"{p.code} – {p.title} ({p.agency})" for p in shown}
keys = list(labels)
wanted = st.session_state.pop("open_procedure", None)
if wanted in labels:
    st.session_state["procedure_selected"] = wanted
# Opens on the first procedure that needs work, the one a coordinator looks at first.
needing = next((i for i, p in enumerate(shown) if sum(p.open_tasks.values())), 0)
choice = st.selectbox("Xem quy trình", keys, index=needing, format_func=labels.get, key="procedure_selected")
agency, code = choice.split("\x1f")
view = data.procedure_view(db(), agency, code, today)

st.subheader(f"{code} – {view.procedure.title}", anchor=False)
st.caption(f"{agency} · phiên bản {view.procedure.version} · tệp {view.procedure.file} · nhập lúc {vn_date(view.imported_at)}")
text_tab, basis_tab, task_tab = st.tabs(["Nội dung và trích dẫn", "Căn cứ pháp lý", f"Nhiệm vụ ({len(view.tasks)})"])
with text_tab:
    counts = {k: sum(1 for s in view.spans if s.kind == k) for k in ("resolved", "unresolved", "affected")}
    st.html(f'<div style="font-size:.85em;margin-bottom:.4em">{legend()}</div>')
    st.caption(f"{counts['resolved']} đã xác định · {counts['unresolved']} chưa xác định · "
               f"{counts['affected']} có thay đổi cần cập nhật")
    if view.basis_section:
        st.markdown("**Đoạn căn cứ pháp lý**")
        st.html(highlighted_text(view.procedure.text, view.spans, start=view.basis_section[0],
                                 end=view.basis_section[1]))
    with st.expander("Toàn văn quy trình", expanded=not view.basis_section):
        st.html(highlighted_text(view.procedure.text, view.spans))
with basis_tab:
    if not view.basis.documents:
        st.info("Chưa xác định được văn bản nào trong căn cứ pháp lý của quy trình này.")
    else:
        st.dataframe(pd.DataFrame([{
            "Số ký hiệu": d.number,
            "Trích yếu": d.title or view.titles.get(d.number, ""),
            f"Tình trạng ngày {vn_date(today)}": STATE_LABELS.get(d.state, d.state),
            "Ngày hiệu lực": vn_date(d.effective),
            "Hết hiệu lực từ": vn_date(d.ended) if d.ended else "",
            "Văn bản làm hết hiệu lực": d.ended_by or "",
            "Đã được sửa đổi bởi": ", ".join(d.amended_by),
        } for d in view.basis.documents]), hide_index=True, width="stretch")
        numbers = [d.number for d in view.basis.documents]
        target = st.selectbox("Mở văn bản", numbers, key="procedure_open_document")
        if st.button("Xem văn bản", key="procedure_go_document"):
            st.session_state["open_document"] = target
            st.switch_page("ui/pages/documents.py")
    unresolved = [s for s in view.spans if s.kind == "unresolved"]
    if unresolved:
        st.warning("Trích dẫn chưa xác định được văn bản (kiểm tra số ký hiệu hoặc bổ sung văn bản vào sổ đăng ký): "
                   + "; ".join(escape(s.surface) for s in unresolved))
with task_tab:
    if view.tasks:
        st.dataframe(task_table(view.tasks, with_agency=False), hide_index=True, width="stretch")
        st.caption("Sửa trạng thái, người phụ trách và ghi chú ở trang **Nhiệm vụ cập nhật**.")
    else:
        st.success("Không có nhiệm vụ cập nhật nào cho quy trình này.")
