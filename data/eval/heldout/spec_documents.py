"""Hand annotations: passages of 2026 documents in corpus/documents/ that data/eval/ does not use
(nghi-dinh-228-2026, thong-tu-70-2026, nghi-dinh-148-2026)."""


def C(surface, doc_type, number, arts=(), issued=None, issuer=None, **kw):
    d = {"surface": surface, "doc_type": doc_type, "number": number, "articles": list(arts), "issued": issued, "issuer": issuer}
    d.update(kw)
    return d


D228 = "documents/nghi-dinh-228-2026-nd-cp-sua-doi-xu-phat-vphc-do-dac-ban-do.md"
D70 = "documents/thong-tu-70-2026-tt-btc-tai-san-ha-tang-duong-bo.md"
D148 = "documents/nghi-dinh-148-2026-nd-cp-quan-ly-thong-tin-doi-ngoai.md"

CITATIONS = [
    # Own number in the header (not a citation), title naming the amended decree and its amender,
    # a Căn cứ list with long "được sửa đổi, bổ sung một số điều bởi Luật số ..." chains.
    {"id": "h001", "source": D228 + ":35-54", "citations": [
        C("Nghị định số 18/2020/NĐ-CP", "Nghị định", "18/2020/NĐ-CP", issued="2020-02-11", issuer="Chính phủ"),
        C("Nghị định số 04/2022/NĐ-CP", "Nghị định", "04/2022/NĐ-CP", issued="2022-01-06", issuer="Chính phủ"),
        C("Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật", "63/2025/QH15"),
        C("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật", "72/2025/QH15"),
        C("Luật Xử lý vi phạm hành chính số 15/2012/QH13", "Luật", "15/2012/QH13"),
        C("Luật số 24/2014/QH13", "Luật", "24/2014/QH13"),
        C("Luật số 18/2017/QH14", "Luật", "18/2017/QH14"),
        C("Luật số 67/2020/QH14", "Luật", "67/2020/QH14"),
        C("Luật số 09/2022/QH15", "Luật", "09/2022/QH15"),
        C("Luật số 11/2022/QH15", "Luật", "11/2022/QH15"),
        C("Luật số 56/2024/QH15", "Luật", "56/2024/QH15"),
        C("Luật số 88/2025/QH15", "Luật", "88/2025/QH15"),
        C("Luật Đo đạc và Bản đồ số 27/2018/QH14", "Luật", "27/2018/QH14"),
        C("Luật số 84/2025/QH15", "Luật", "84/2025/QH15"),
        C("Luật số 146/2025/QH15", "Luật", "146/2025/QH15"),
        C("Luật Đo lường số 04/2011/QH13", "Luật", "04/2011/QH13"),
        C("Luật số 35/2018/QH14", "Luật", "35/2018/QH14"),
        C("Luật số 84/2025/QH15", "Luật", "84/2025/QH15"),
        C("Nghị định số 18/2020/NĐ-CP", "Nghị định", "18/2020/NĐ-CP", issued="2020-02-11", issuer="Chính phủ"),
        C("Nghị định số 04/2022/NĐ-CP", "Nghị định", "04/2022/NĐ-CP", issued="2022-01-06", issuer="Chính phủ"),
    ]},
    # Front matter of the mirror: no "số", dd/mm/yyyy dates, the abbreviation "NĐ".
    {"id": "h002", "source": D228 + ":24-26", "citations": [
        C("Nghị định 18/2020/NĐ-CP", "Nghị định", "18/2020/NĐ-CP", issued="2020-02-11"),
        C("Nghị định 04/2022/NĐ-CP", "Nghị định", "04/2022/NĐ-CP", issued="2022-01-06"),
        C("NĐ 18/2020/NĐ-CP", "Nghị định", "18/2020/NĐ-CP"),
    ]},
    # Quoted new article of an amending decree: pinpoints before a name-only law and before a decree.
    {"id": "h003", "source": D228 + ":317-327", "citations": [
        C("Luật Xử lý vi phạm hành chính", "Luật", None, arts=["Điều 18a"]),
        C("Nghị định số 18/2021/NĐ-CP", "Nghị định", "18/2021/NĐ-CP", arts=["Điều 28a", "Điều 28b"], issued="2021-12-23", issuer="Chính phủ"),
        C("Luật Xử lý vi phạm hành chính", "Luật", None),
        C("Nghị định số 190/2025/NĐ-CP", "Nghị định", "190/2025/NĐ-CP", issued="2025-07-01", issuer="Chính phủ"),
    ]},
    # Internal references ("Điều 10 ... Nghị định này") next to a real pinpoint citation.
    {"id": "h004", "source": D228 + ":195-199", "citations": [
        C("Nghị định số 189/2025/NĐ-CP", "Nghị định", "189/2025/NĐ-CP", arts=["khoản 1 Điều 9"], issued="2025-07-01", issuer="Chính phủ"),
        C("Luật Xử lý vi phạm hành chính", "Luật", None),
    ]},
    {"id": "h005", "source": D228 + ":333-335", "citations": [
        C("Nghị định số 18/2020/NĐ-CP", "Nghị định", "18/2020/NĐ-CP", issued="2020-02-11", issuer="Chính phủ"),
        C("Nghị định số 04/2022/NĐ-CP", "Nghị định", "04/2022/NĐ-CP"),
    ]},
    # OCR'd circular: numbers broken over lines, "sau đây gọi là" aliases, pinpoints on both the
    # decree and the decree that amended it.
    {"id": "h006", "source": D70 + ":53-75", "citations": [
        C("Nghị định\nsố 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 2 Điều 1"], issued="2024-04-24", issuer="Chính phủ"),
        C("Nghị\nđịnh số 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP"),
        C("Nghị định số\n44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["Điều 26", "khoản 4 Điều 32"]),
        C("Nghị định số\n99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 17", "Điều 21"], issued="2026-03-31", issuer="Chính phủ"),
        C("Nghị\nđịnh số 99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP"),
    ]},
    {"id": "h007", "source": D70 + ":88-105", "citations": [
        C("Nghị định số\n44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 2 Điều 2"]),
        C("Nghị định số 99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 1"]),
        C("Nghị định\nsố 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 3 Điều 2"]),
        C("Nghị định só 99/2026/NĐ-\nCP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 1"]),
        C("Nghị định số 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 4 Điều 2"]),
        C("Nghị định số 99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP", arts=["khoản 5 Điều 22"]),
    ]},
    {"id": "h008", "source": D70 + ":1140-1150", "citations": [
        C("Nghị định số 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 4 Điều 2"]),
        C("Thông tư số 74/2024/TT-\nBTC", "Thông tư", "74/2024/TT-BTC", arts=["khoản 1 Điều 10"], issued="2024-10-31", issuer="Bộ Tài chính"),
    ]},
    # Form instructions: "Điều I" and "3l" are OCR for 1; "Nehi định" for Nghị định; "A4/2024" for 44/2024.
    {"id": "h009", "source": D70 + ":1296-1306", "citations": [
        C("Nghị định\nsố 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 3 Điều 2"], issued="2024-04-24", issuer="Chính phủ"),
        C("Nghị định số 99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 1"]),  # "ngày 3l tháng 3": OCR'd date, not read
        C("Nghị định số 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 2 Điều 5"]),
        C("Nehi\nđịnh số 99/2026/NĐ- CP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 3"]),
    ]},
    {"id": "h010", "source": D70 + ":1398-1412", "citations": [
        C("Nghị định\nsố 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["khoản 3 Điều 2"], issued="2024-04-24", issuer="Chính phủ"),
        C("Nghị định số 99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 1"]),  # "ngày 3l tháng 3": OCR'd date, not read
        C("Nghị định số A4/2024/NĐ- CP", "Nghị định", "A4/2024/NĐ-CP", arts=["khoản 2 Điều 5"]),
        C("Nghị định số\n99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP", arts=["Điều 3"]),
        C("Nghị định số 44/2024/NĐ-CP", "Nghị định", "44/2024/NĐ-CP", arts=["Điều 12"]),
        C("Nghị định số 99/2026/NĐ-CP", "Nghị định", "99/2026/NĐ-CP"),
    ]},
    # A table cell split over lines, month "l2" is OCR for 12.
    {"id": "h011", "source": D70 + ":886-891", "citations": [
        C("Thông tư\nsố 141/2025/TT-BTC", "Thông tư", "141/2025/TT-BTC"),  # "tháng l2": OCR'd date, not read
    ]},
    {"id": "h012", "source": D70 + ":1192-1199", "citations": [
        C("Thông tư số 74/2024/TT-BTC", "Thông tư", "74/2024/TT-BTC", issued="2024-10-31", issuer="Bộ Tài chính"),
    ]},
    # Summary of a 2026 decree by the mirror: its own number in running text, cited without "số".
    {"id": "h013", "source": D148 + ":42-42,66-68", "citations": [
        C("Nghị định 148/2026/NĐ-CP", "Nghị định", "148/2026/NĐ-CP"),
        C("Nghị định 72/2015/NĐ-CP", "Nghị định", "72/2015/NĐ-CP", issued="2015-09-07"),
        C("Nghị định 72/2015/NĐ-CP", "Nghị định", "72/2015/NĐ-CP", issued="2015-09-07"),
    ]},
]

RELATIONS = [
    # Amending decree: title, Căn cứ, and the headings of its amending articles.
    {"id": "hr01", "source": D228 + ":41-41,47-54,60-60,72-72,76-76,106-106,110-110,114-114,129-129,140-140,162-162,311-311,317-317,323-327",
     "title": "Sửa đổi, bổ sung một số điều của Nghị định số 18/2020/NĐ-CP ngày 11 tháng 02 năm 2020 của Chính phủ xử phạt vi phạm hành chính trong lĩnh vực đo đạc và bản đồ, được sửa đổi, bổ sung một số điều bởi Nghị định số 04/2022/NĐ-CP ngày 06 tháng 01 năm 2022 của Chính phủ",
     "relations": [
        ("amends", "18/2020/NĐ-CP", []),
        ("based_on", "63/2025/QH15", []),
        ("based_on", "72/2025/QH15", []),
        ("based_on", "15/2012/QH13", []),
        ("based_on", "24/2014/QH13", []),
        ("based_on", "18/2017/QH14", []),
        ("based_on", "67/2020/QH14", []),
        ("based_on", "09/2022/QH15", []),
        ("based_on", "11/2022/QH15", []),
        ("based_on", "56/2024/QH15", []),
        ("based_on", "88/2025/QH15", []),
        ("based_on", "27/2018/QH14", []),
        ("based_on", "84/2025/QH15", []),
        ("based_on", "146/2025/QH15", []),
        ("based_on", "04/2011/QH13", []),
        ("based_on", "35/2018/QH14", []),
        ("amends", "18/2020/NĐ-CP", ["khoản 2 Điều 3", "khoản 3 Điều 3"]),
        ("amends", "18/2020/NĐ-CP", ["điểm h khoản 2 Điều 4a"]),
        ("amends", "18/2020/NĐ-CP", ["Điều 5"]),
        ("amends", "18/2020/NĐ-CP", ["điểm a khoản 1 Điều 8"]),
        ("amends", "18/2020/NĐ-CP", ["điểm c khoản 4 Điều 13"]),
        ("amends", "18/2020/NĐ-CP", ["Điều 14"]),
        ("repeals", "18/2020/NĐ-CP", ["khoản 2 Điều 14"]),
        ("amends", "18/2020/NĐ-CP", ["Điều 14a"]),
        ("amends", "18/2020/NĐ-CP", ["Điều 16"]),
        ("amends", "18/2020/NĐ-CP", ["khoản 1 Điều 23", "khoản 2 Điều 23"]),
        ("amends", "18/2020/NĐ-CP", ["Điều 23a"]),
        ("amends", "18/2020/NĐ-CP", ["khoản 2 Điều 26"]),
        ("repeals", "18/2020/NĐ-CP", ["Điều 15", "Điều 22"]),
     ]},
    # Circular without a Căn cứ block in the OCR'd text; replaces its predecessor.
    {"id": "hr02", "source": D70 + ":1190-1199",
     "title": "Quy định chế độ quản lý, tính hao mòn tài sản kết cấu hạ tầng đường bộ và hướng dẫn việc kê khai, báo cáo về tài sản kết cấu hạ tầng đường bộ",
     "relations": [
        ("replaces", "74/2024/TT-BTC", []),
     ]},
]
