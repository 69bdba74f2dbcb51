"""Thu thập: the official sources, recent crawl runs with their counts and errors, and starting a
crawl. The crawl runs as `regimpact crawl SOURCE` in a subprocess (Scrapy's reactor cannot be
restarted inside the app's process); its output is shown line by line as progress."""
import os
import subprocess
import sys

import pandas as pd
import streamlit as st

from impact.labels import vn_date
from ui import data
from ui.format import escape
from ui.state import db, written

SOURCES = {
    "vbpl": ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    "congbao": ("Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam", "https://congbao.chinhphu.vn"),
    "chinhphu": ("Hệ thống văn bản của Chính phủ", "https://vanban.chinhphu.vn"),
}
RUN_STATUS = {"ok": "Thành công", "running": "Đang chạy", "failed": "Lỗi", "error": "Lỗi", "partial": "Có lỗi một phần"}
EXIT_NOT_BUILT = 2

st.title("Thu thập văn bản")
st.subheader("Nguồn")
last = data.last_crawl_by_source(db())
st.dataframe(pd.DataFrame([{
    "Mã nguồn": source,
    "Nguồn": name,
    "Địa chỉ": url,
    "Lần thu thập gần nhất": vn_date(last[source]["started_at"]) if source in last else "Chưa thu thập",
    "Kết quả": RUN_STATUS.get(last[source]["exit_status"], last[source]["exit_status"]) if source in last else "",
} for source, (name, url) in SOURCES.items()]), hide_index=True, width="stretch")

st.subheader("Thu thập ngay")
columns = st.columns([2, 2, 1], vertical_alignment="bottom")
source = columns[0].selectbox("Nguồn", [*SOURCES, "all"], key="crawl_source",
                              format_func=lambda s: "Tất cả nguồn" if s == "all" else f"{s} – {SOURCES[s][0]}")
since = columns[1].date_input("Từ ngày (để trống: từ lần thu thập trước)", value=None, format="DD/MM/YYYY",
                              key="crawl_since")


def crawl_command(source: str, since) -> list[str]:
    command = [sys.executable, "-m", "impact.cli", "crawl", source, "--db", db()]
    return command + (["--since", since.isoformat()] if since else [])


if columns[2].button("Bắt đầu", type="primary", key="crawl_start", icon=":material/play_arrow:"):
    lines: list[str] = []
    with st.status(f"Đang thu thập từ {source}…", expanded=True) as status:
        output = st.empty()
        process = subprocess.Popen(crawl_command(source, since), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True, encoding="utf-8", errors="replace", env=os.environ.copy())
        for line in process.stdout:
            lines.append(line.rstrip())
            output.code("\n".join(lines[-15:]), language=None)
        code = process.wait()
        if code == 0:
            status.update(label="Thu thập xong.", state="complete")
        elif code == EXIT_NOT_BUILT:
            status.update(label="Chức năng thu thập chưa được xây dựng.", state="error")
        else:
            status.update(label=f"Thu thập dừng với lỗi (mã {code}).", state="error")
    written()
    if code == EXIT_NOT_BUILT:
        st.warning("\n\n".join(escape(line) for line in lines if line.strip()) or "Chức năng thu thập chưa được xây dựng.")
    elif code != 0:
        st.error("Xem nội dung lỗi ở trên; các văn bản đã thu thập trước khi lỗi vẫn được lưu.")

st.subheader("Các lần thu thập gần đây")
runs = data.crawl_runs(db())
if not runs:
    st.info("Chưa có lần thu thập nào. Chọn nguồn và bấm **Bắt đầu** để thu thập văn bản mới.")
else:
    st.dataframe(pd.DataFrame([{
        "Nguồn": r["source"],
        "Bắt đầu (UTC)": r["started_at"].strftime("%d/%m/%Y %H:%M") if r["started_at"] else "",
        "Kết thúc (UTC)": r["ended_at"].strftime("%d/%m/%Y %H:%M") if r["ended_at"] else "",
        "Kết quả": RUN_STATUS.get(r["exit_status"], r["exit_status"]),
        **{f"Số văn bản {label}": (r["counts"] or {}).get(name, 0)
           for name, label in (("new", "mới"), ("changed", "thay đổi"), ("unchanged", "không đổi"))},
        "Số lỗi": len(r["errors"] or []),
    } for r in runs]), hide_index=True, width="stretch")
    failed = [r for r in runs if r["errors"]]
    for run in failed[:5]:
        with st.expander(f"Lỗi của lần thu thập {run['source']} ngày "
                         f"{run['started_at'].strftime('%d/%m/%Y %H:%M')} ({len(run['errors'])})"):
            st.text("\n".join(str(e) for e in run["errors"][:50]))
