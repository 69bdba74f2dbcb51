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
from ui.state import db, written

SOURCES = {
    "vbpl": ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
    "congbao": ("Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam", "https://congbao.chinhphu.vn"),
    "chinhphu": ("Hệ thống văn bản của Chính phủ", "https://vanban.chinhphu.vn"),
}
KIND_LABELS = {"http": "HTTP", "network": "Mạng", "robots": "robots.txt", "auth": "Xác thực", "layout": "Bố cục trang",
               "parse": "Đọc trang", "warning": "Cảnh báo"}
RUN_STATUS = {"ok": "Thành công", "running": "Đang chạy", "failed": "Thất bại",
              "partial": "Xong một phần (dừng ở số trang tối đa)", "interrupted": "Đã dừng; chạy lại để tiếp tục"}

st.title("Thu thập văn bản")
st.subheader("Thu thập ngay")
columns = st.columns([2, 2, 1], vertical_alignment="bottom")
source = columns[0].selectbox("Nguồn", [*SOURCES, "all"], key="crawl_source",
                              format_func=lambda s: "Tất cả nguồn" if s == "all" else f"{s} – {SOURCES[s][0]}")
since = columns[1].date_input("Từ ngày (để trống: từ lần thu thập thành công trước)", value=None,
                              format="DD/MM/YYYY", key="crawl_since")
with st.expander("Tùy chọn"):
    mirror = st.text_input("Bản sao nguồn (để trống: trang chính thức)", key="crawl_mirror",
                           placeholder="ví dụ http://may-chu-noi-bo:8080",
                           help="Địa chỉ một bản sao của nguồn trong mạng nội bộ, khi máy chủ không ra được Internet.")
    max_pages = st.number_input("Số trang danh sách tối đa mỗi nguồn (0: không giới hạn)", min_value=0, value=0,
                                step=1, key="crawl_max_pages")


def crawl_command() -> list[str]:
    command = [sys.executable, "-m", "impact.cli", "crawl", source, "--db", db()]
    if since:
        command += ["--since", since.isoformat()]
    if mirror.strip():
        command += ["--base-url", mirror.strip()]
    if max_pages:
        command += ["--max-pages", str(int(max_pages))]
    return command


if columns[2].button("Bắt đầu", type="primary", key="crawl_start", icon=":material/play_arrow:"):
    lines: list[str] = []
    with st.status(f"Đang thu thập từ {source}…", expanded=True) as status:
        output = st.empty()
        process = subprocess.Popen(crawl_command(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                   encoding="utf-8", errors="replace", env=os.environ.copy())
        for line in process.stdout:
            lines.append(line.rstrip())
            output.code("\n".join(lines[-15:]), language=None)
        code = process.wait()
        status.update(label="Thu thập xong." if code == 0 else f"Thu thập dừng với lỗi (mã {code}).",
                      state="complete" if code == 0 else "error")
    written()
    if code != 0:
        st.error("Xem nội dung ở trên và các lỗi của lần thu thập bên dưới; các văn bản đã thu thập trước khi lỗi "
                 "vẫn được lưu.")

st.subheader("Nguồn")
last = data.last_crawl_by_source(db())
st.dataframe(pd.DataFrame([{
    "Mã nguồn": source,
    "Nguồn": name,
    "Địa chỉ": url,
    "Lần thu thập gần nhất": vn_date(last[source]["started_at"]) if source in last else "Chưa thu thập",
    "Kết quả": RUN_STATUS.get(last[source]["exit_status"], last[source]["exit_status"]) if source in last else "",
} for source, (name, url) in SOURCES.items()]), hide_index=True, width="stretch")

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
        "Số trang": (r["counts"] or {}).get("pages", 0),
        **{f"Văn bản {label}": (r["counts"] or {}).get(name, 0)
           for name, label in (("new", "mới"), ("changed", "thay đổi"), ("unchanged", "không đổi"))},
        "Số lỗi": sum(1 for e in r["errors"] or [] if e.get("kind") != "warning"),
    } for r in runs]), hide_index=True, width="stretch")
    for run in [r for r in runs if r["errors"]][:5]:
        with st.expander(f"Lỗi và cảnh báo của lần thu thập {run['source']} ngày "
                         f"{run['started_at'].strftime('%d/%m/%Y %H:%M')} ({len(run['errors'])})"):
            st.dataframe(pd.DataFrame([{"Loại": KIND_LABELS.get(e.get("kind"), e.get("kind")),
                                        "Địa chỉ": e.get("url") or "", "Nội dung": e.get("message") or ""}
                                       for e in run["errors"]]), hide_index=True, width="stretch")
