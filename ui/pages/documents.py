"""Văn bản pháp luật: search the registry; a document's attributes, relations both ways, official
URL and the procedures that cite it."""
import pandas as pd
import streamlit as st

from impact.labels import CHANGE_LABELS, DOCUMENT_STATUS_LABELS, vn_date
from ui import data
from ui.format import document_table, escape, safe_url
from ui.state import db

RELATION_LABELS = {**CHANGE_LABELS, "based_on": "Căn cứ"}
ANY = "Tất cả"

st.title("Văn bản pháp luật")
if not data.document_count(db()):
    st.info("Chưa có văn bản nào. Thu thập văn bản mới ở trang **Thu thập**, nhập sổ đăng ký "
            "(`regimpact import-docs TỆP.jsonl`) hoặc nạp dữ liệu mẫu (`regimpact demo`).")
    st.stop()

facets = data.document_facets(db())
with st.form("document_search"):
    text = st.text_input("Số ký hiệu hoặc trích yếu", placeholder="ví dụ: 61/2018/NĐ-CP, một cửa, đất đai",
                         key="document_text")
    columns = st.columns(5)
    doc_type = columns[0].selectbox("Loại văn bản", [ANY, *facets["doc_types"]], key="document_type")
    issuer = columns[1].selectbox("Cơ quan ban hành", [ANY, *facets["issuers"]], key="document_issuer")
    status = columns[2].selectbox("Tình trạng hiệu lực", [ANY, *DOCUMENT_STATUS_LABELS],
                                  format_func=lambda s: DOCUMENT_STATUS_LABELS.get(s, s), key="document_status")
    issued_from = columns[3].date_input("Ban hành từ ngày", value=None, format="DD/MM/YYYY", key="document_from")
    issued_to = columns[4].date_input("đến ngày", value=None, format="DD/MM/YYYY", key="document_to")
    st.form_submit_button("Tìm kiếm", icon=":material/search:")

results, total = data.search_documents(db(), text, None if doc_type == ANY else doc_type,
                                       None if issuer == ANY else issuer, None if status == ANY else status,
                                       issued_from, issued_to)
st.caption(f"{total} văn bản" + (f", hiển thị {len(results)} văn bản mới nhất" if total > len(results) else ""))
if not results:
    st.info("Không có văn bản nào khớp. Thử bỏ bớt điều kiện lọc hoặc tìm theo một phần số ký hiệu (ví dụ “61/2018”).")
else:
    st.dataframe(document_table(results), hide_index=True, width="stretch", height=min(400, 38 + 35 * len(results)))

numbers = [d.number for d in results]
opened = st.session_state.pop("open_document", None)
if opened:
    if opened not in numbers:
        numbers.insert(0, opened)
    st.session_state["document_selected"] = opened
if not numbers:
    st.stop()
number = st.selectbox("Xem văn bản", numbers, key="document_selected")
detail = data.document_detail(db(), number)
if detail is None:
    st.warning(f"Văn bản {escape(number)} chưa có trong sổ đăng ký.")
    st.stop()

document = detail.document
st.header(f"{document.doc_type or 'Văn bản'} {document.number}", anchor=False)
st.markdown(escape(document.title))
st.dataframe(pd.DataFrame([
    ("Số ký hiệu", document.number),
    ("Loại văn bản", document.doc_type or "—"),
    ("Cơ quan ban hành", document.issuer or "—"),
    ("Ngày ban hành", vn_date(document.issued)),
    ("Ngày có hiệu lực", vn_date(document.effective)),
    ("Ngày hết hiệu lực", vn_date(document.expires)),
    ("Tình trạng hiệu lực", DOCUMENT_STATUS_LABELS.get(document.status, document.status)),
    ("Nguồn", document.source or "—"),
    ("Ngày thu thập", vn_date(document.collected)),
], columns=["Thuộc tính", "Giá trị"]), hide_index=True)
url = safe_url(document.url)
if url:
    st.link_button("Mở văn bản gốc", url, icon=":material/open_in_new:")
elif document.url:
    st.caption(f"Địa chỉ nguồn (không phải http/https): {escape(document.url)}")


def relation_table(links) -> pd.DataFrame:
    return pd.DataFrame([{"Quan hệ": RELATION_LABELS.get(link.type, link.type), "Văn bản": link.other,
                          "Trích yếu": link.other_title or "(chưa có trong sổ đăng ký)",
                          "Điều, khoản": "; ".join(link.articles) or "Toàn bộ văn bản",
                          "Hiệu lực từ": vn_date(link.effective), "Căn cứ (trích văn bản)": link.evidence}
                         for link in links])


st.subheader("Văn bản này tác động đến")
if detail.stated:
    st.dataframe(relation_table(detail.stated), hide_index=True, width="stretch")
else:
    st.caption("Không có quan hệ nào được ghi nhận.")
st.subheader("Các văn bản tác động đến văn bản này")
if detail.received:
    st.dataframe(relation_table(detail.received), hide_index=True, width="stretch")
else:
    st.caption("Chưa có văn bản nào sửa đổi, thay thế, bãi bỏ hay hướng dẫn văn bản này.")

st.subheader(f"Quy trình viện dẫn ({len(detail.citing)})")
if not detail.citing:
    st.caption("Không có quy trình nào viện dẫn văn bản này.")
else:
    st.dataframe(pd.DataFrame([{"Cơ quan": c.agency, "Mã": c.code, "Tên quy trình": c.title,
                                "Điều, khoản viện dẫn": "; ".join(c.articles) or "Toàn bộ văn bản",
                                "Trong căn cứ pháp lý": "Có" if c.in_legal_basis else "Không",
                                "Dòng viện dẫn": c.line} for c in detail.citing]), hide_index=True, width="stretch")
    choices = {f"{c.agency}\x1f{c.code}": f"{c.code} ({c.agency})" for c in detail.citing}
    target = st.selectbox("Mở quy trình", list(choices), format_func=choices.get, key="document_open_procedure")
    if st.button("Xem quy trình", key="document_go_procedure"):
        st.session_state["open_procedure"] = target
        st.switch_page("ui/pages/procedures.py")
