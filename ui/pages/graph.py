"""Đồ thị phụ thuộc: the documents and procedures around a procedure, a document or an agency."""
import pandas as pd
import streamlit as st

from impact.graph import export_graph
from impact.labels import DOCUMENT_STATUS_LABELS, vn_date
from ui import data
from ui.format import escape
from ui.graphview import PROCEDURE_COLOUR, RELATION_LABELS, STATUS_COLOURS, node_caption, to_svg, visible_nodes
from ui.state import agency_scope, db

st.title("Đồ thị phụ thuộc")
scope = agency_scope()
procedures = data.procedure_index(db(), scope)
if not procedures:
    st.info("Chưa có quy trình nào. Hãy tải tệp quy trình lên ở trang **Quy trình** (hoặc chạy `regimpact demo`) "
            "để xem quy trình viện dẫn những văn bản nào và các văn bản đó đã thay đổi ra sao.")
    st.stop()

MODES = {"procedure": "Quy trình", "document": "Văn bản", "agency": "Cơ quan"}
mode = st.radio("Xem đồ thị quanh", list(MODES), format_func=MODES.get, horizontal=True, key="graph_mode")
columns = st.columns([4, 1])
procedure = document = agency = None
with columns[0]:
    if mode == "procedure":
        labels = {f"{a}\x1f{c}": f"{c} – {t} ({a})" for a, c, t in procedures}
        choice = st.selectbox("Quy trình", list(labels), format_func=labels.get, key="graph_procedure")
        agency, procedure = choice.split("\x1f")
    elif mode == "document":
        cited = dict(data.most_cited(db(), scope))
        picked = st.selectbox("Văn bản được viện dẫn nhiều nhất", list(cited), key="graph_document",
                              format_func=lambda n: f"{n} ({cited[n]} quy trình viện dẫn)")
        typed = st.text_input("Hoặc gõ số ký hiệu", key="graph_document_typed", placeholder="ví dụ 61/2018/NĐ-CP")
        document = typed.strip() or picked
    else:
        agencies = [scope] if scope else data.agencies(db())
        agency = st.selectbox("Cơ quan", agencies, key="graph_agency")
with columns[1]:
    depth = st.slider("Độ sâu", 1, 3, 2, key="graph_depth", help="Số bước quan hệ tính từ nút đã chọn.")
relations = st.multiselect("Quan hệ", list(RELATION_LABELS), default=list(RELATION_LABELS),
                           format_func=RELATION_LABELS.get, key="graph_relations")

if not document and mode == "document":
    st.info("Chọn hoặc gõ số ký hiệu một văn bản.")
    st.stop()
try:
    graph = data.graph_around(db(), procedure, document, agency, depth,
                              None if len(relations) == len(RELATION_LABELS) else tuple(relations))
except KeyError:
    st.warning(f"Không tìm thấy {escape(procedure or document or agency)} trong cơ sở dữ liệu. "
               "Kiểm tra lại số ký hiệu (ví dụ 61/2018/NĐ-CP).")
    st.stop()

if mode == "procedure":
    seeds = [f"proc:{agency}/{procedure}"]
elif mode == "document":
    seeds = [n for n, d in graph.nodes(data=True) if d.get("kind") == "document" and d.get("number") in {document}]
else:
    seeds = [n for n, d in graph.nodes(data=True) if d.get("kind") == "procedure" and d.get("agency") == agency]

nodes = visible_nodes(graph, seeds)
st.caption(f"{graph.number_of_nodes()} nút, {graph.number_of_edges()} cạnh."
           + (f" Hiển thị {len(nodes)} nút gần nhất; giảm độ sâu hoặc bỏ bớt quan hệ để xem chi tiết."
              if len(nodes) < graph.number_of_nodes() else ""))
captions = {n: node_caption(n, graph.nodes[n]) for n in nodes}
ordered = sorted(nodes, key=lambda n: (n not in seeds, graph.nodes[n].get("kind") != "procedure", captions[n]))
selected = st.selectbox("Chi tiết nút", ordered, format_func=captions.get, key="graph_selected",
                        help="Chọn một nút để xem thông tin và các quan hệ của nó; nút được chọn có viền xanh đậm.")

svg = to_svg(graph, nodes, seeds=seeds, selected=selected)
st.image(svg, width="content")
legend = " ".join(f'<span style="background:{c};padding:1px 6px;border-radius:3px;margin-right:4px">'
                  f'{DOCUMENT_STATUS_LABELS[s]}</span>' for s, c in STATUS_COLOURS.items())
st.html(f'<div style="font-size:.85em">{legend}<span style="background:{PROCEDURE_COLOUR};padding:1px 6px;'
        f'border-radius:3px">Quy trình</span> · mũi tên nét đứt: quy trình viện dẫn văn bản · khung nét đứt: văn bản '
        f'chưa có trong sổ đăng ký · viền xanh đậm: nút đang xem</div>')

st.download_button("Tải đồ thị GraphML", export_graph(graph, "graphml"), file_name="do-thi-phu-thuoc.graphml",
                   mime="application/graphml+xml", on_click="ignore", icon=":material/download:")

if selected:
    details = graph.nodes[selected]
    st.subheader("Thông tin nút")
    if details.get("kind") == "procedure":
        st.markdown(f"**Quy trình {escape(details.get('code'))}** · {escape(details.get('agency'))} · phiên bản "
                    f"{details.get('version')}")
        st.markdown(escape(details.get("title")))
    else:
        st.markdown(f"**{escape(details.get('doc_type') or 'Văn bản')} {escape(details.get('number'))}** · "
                    f"{DOCUMENT_STATUS_LABELS.get(details.get('status') or 'unknown')}")
        if details.get("known"):
            st.markdown(escape(details.get("title")))
            st.caption(f"Cơ quan ban hành: {escape(details.get('issuer') or '—')} · ban hành {vn_date(details.get('issued'))}"
                       f" · hiệu lực {vn_date(details.get('effective'))}")
        else:
            st.caption("Văn bản được nhắc tới nhưng chưa có trong sổ đăng ký.")

    def name(node: str) -> str:
        d = graph.nodes[node]
        return f"{d.get('code')} ({d.get('agency')})" if d.get("kind") == "procedure" else d.get("number")

    edges = [{"Chiều": "đi", "Quan hệ": RELATION_LABELS.get(e.get("type"), e.get("type")), "Nút": name(t),
              "Điều, khoản": "; ".join(e.get("articles") or [])} for _, t, e in graph.out_edges(selected, data=True)]
    edges += [{"Chiều": "đến", "Quan hệ": RELATION_LABELS.get(e.get("type"), e.get("type")), "Nút": name(s),
               "Điều, khoản": "; ".join(e.get("articles") or [])} for s, _, e in graph.in_edges(selected, data=True)]
    if edges:
        st.dataframe(pd.DataFrame(edges), hide_index=True, width="stretch")
