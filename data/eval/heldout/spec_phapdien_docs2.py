"""Hand annotations: more 2026 documents mirrored in corpus/phapdien/ (files data/eval/ does not use):
ND 165, 169, 91, 95, 142, 185 and TT 89, 91 of 2026."""


def C(surface, doc_type, number, arts=(), issued=None, issuer=None, **kw):
    d = {"surface": surface, "doc_type": doc_type, "number": number, "articles": list(arts), "issued": issued, "issuer": issuer}
    d.update(kw)
    return d


def L(surface, number, **kw):
    return C(surface, "Luật", number, **kw)


def ND(surface, number, **kw):
    return C(surface, "Nghị định", number, **kw)


def TT(surface, number, **kw):
    return C(surface, "Thông tư", number, **kw)


def QD(surface, number, **kw):
    return C(surface, "Quyết định", number, **kw)


P = "phapdien/"
F165 = P + "y-te-duoc__nghi-dinh-165-2026-nd-cp-phong-benh.md"
F169 = P + "thue-phi-le-phi-cac-khoan-thu-khac__nghi-dinh-169-2026-nd-cp-xu-phat-hai-quan.md"
F91T = P + "thue__91-2026-tt-btc-hoa-don-dien-tu.md"
F89 = P + "tai-chinh__thong-tu-89-2026-tt-btc-huong-dan-luat-quan-ly-thue.md"
F91N = P + "giao-duc-dao-tao__nghi-dinh-91-2026-nd-cp-chi-tiet-luat-giao-duc-dai-hoc.md"
F95 = P + "giao-duc-dao-tao__nghi-dinh-95-2026-nd-cp-chi-tiet-luat-giao-duc-nghe-nghiep.md"
F142 = P + "khoa-hoc-cong-nghe__nghi-dinh-142-2026-nd-cp-huong-dan-luat-tri-tue-nhan-tao.md"
F185 = P + "lao-dong__nghi-dinh-185-2026-nd-cp-thon-to-dan-pho.md"

CP = "Chính phủ"
TTG = "Thủ tướng Chính phủ"
BTC = "Bộ Tài chính"

AI_ARTS = ["khoản 4 Điều 8", "Điều 9", "khoản 7 Điều 10", "khoản 6 Điều 11", "khoản 5 Điều 12", "Điều 13", "Điều 14",
           "khoản 6 Điều 16", "khoản 7 Điều 17", "khoản 5 Điều 18", "khoản 6 Điều 20", "Điều 21", "khoản 4 Điều 24",
           "khoản 7 Điều 25", "khoản 5 Điều 27"]
ARTS_155 = ["khoản 1 Điều 14", "khoản 2 Điều 14", "khoản 1 Điều 15", "khoản 2 Điều 15", "khoản 3 Điều 15", "khoản 2 Điều 21", "khoản 3 Điều 21"]
ARTS_328 = ["điểm b khoản 1 Điều 7", "điểm c khoản 1 Điều 7", "điểm d khoản 1 Điều 7", "khoản 2 Điều 7", "khoản 3 Điều 7"]
ARTS_18 = ["điểm a khoản 2 Điều 4", "điểm c khoản 2 Điều 4", "khoản 3 Điều 4"]

CITATIONS = [
    # Layout noise: every number on its own line; the law's name in an upper-case heading.
    {"id": "h201", "source": F165 + ":59-80", "citations": [
        L("LUẬT\nPHÒNG BỆNH", None),
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "72/2025/QH15"),
        L("Luật Ban hành văn bản quy phạm pháp luật số\n64/2025/QH15", "64/2025/QH15", title_hint="Luật Ban hành văn bản quy phạm pháp luật"),
        L("Luật số\n87/2025/QH15", "87/2025/QH15"),
        L("Luật Phòng bệnh số 114/2025/QH15", "114/2025/QH15"),
    ]},
    {"id": "h202", "source": F165 + ":4263-4348", "citations": [
        ND("Nghị định số\n104/2016/NĐ-CP", "104/2016/NĐ-CP", issued="2016-07-01", issuer=CP),
        ND("Nghị định số 155/2018/NĐ-CP", "155/2018/NĐ-CP", arts=ARTS_155, issued="2018-11-12", issuer=CP),
        ND("Nghị định số\n13/2024/NĐ-CP", "13/2024/NĐ-CP", issued="2024-02-05", issuer=CP),
        ND("Nghị định số\n104/2016/NĐ-CP", "104/2016/NĐ-CP", issued="2016-07-01", issuer=CP),
        ND("Nghị định số\n101/2010/NĐ-CP", "101/2010/NĐ-CP", issued="2010-09-30", issuer=CP),
        L("Luật Phòng, chống bệnh truyền nhiễm", None),
        ND("Nghị định số\n89/2018/NĐ-CP", "89/2018/NĐ-CP", issued="2018-06-25", issuer=CP),
        L("Luật\nPhòng, chống bệnh truyền nhiễm", None),
        ND("Nghị định số\n103/2016/NĐ-CP", "103/2016/NĐ-CP", issued="2016-07-01", issuer=CP),
        QD("Quyết định số\n56/2010/QĐ-TTg", "56/2010/QĐ-TTg", issued="2010-09-16", issuer=TTG),
        QD("Quyết định số\n02/2016/QĐ-TTg", "02/2016/QĐ-TTg", issued="2016-01-28", issuer=TTG),
        QD("Quyết định số\n47/2013/QĐ-TTg", "47/2013/QĐ-TTg", issued="2013-07-29", issuer=TTG),
        QD("Quyết định số\n26/2023/QĐ-TTg", "26/2023/QĐ-TTg", issued="2023-10-19", issuer=TTG),
        QD("Quyết định số\n02/2016/QĐ-TTg", "02/2016/QĐ-TTg", issued="2016-01-28"),
        C("Chỉ thị số\n23/2006/CT-TTg", "Chỉ thị", "23/2006/CT-TTg", issued="2006-07-12", issuer=TTG),
    ]},
    # "Tuật" is OCR for "Luật"; the effect clause has "Điều 2. Nghị định số 102/2021/NĐ- CP".
    {"id": "h203", "source": F169 + ":61-76", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Xử lý vi phạm hành chính số 15/2012/QH13", "15/2012/QH13"),
        L("Luật số 67/2020/QH14", "67/2020/QH14"),
        L("Luật số 88/2025/QH15", "88/2025/QH15"),
        L("Luật Hải quan số 54/2014/QH13", "54/2014/QH13"),
        L("Tuật\nsố 71/2014/QH13", "71/2014/QH13", title_hint=None),
        L("Luật số 35/2018/QH14", "35/2018/QH14"),
        L("Luật số 07/2022/QH15", "07/2022/QH15"),
        L("Luật số\n90/2025/QH15", "90/2025/QH15"),
        L("Luật Quản lý thuế số 108/2025/QH15", "108/2025/QH15"),
    ]},
    {"id": "h204", "source": F169 + ":2824-2837", "citations": [
        ND("Nghị định\nsố 128/2020/NĐ-CP", "128/2020/NĐ-CP", issued="2020-10-19", issuer=CP),
        ND("Nghị định số\n102/2021/NĐ- CP", "102/2021/NĐ-CP", arts=["Điều 2"], issued="2021-11-16", issuer=CP),
    ]},
    {"id": "h205", "source": F91T + ":48-62", "citations": [
        L("Luật Quản lý thuế", None),
        ND("Nghị định số\n254/2026/NĐ-CP", "254/2026/NĐ-CP", issuer=CP),
        L("Luật Quản lý thuế số\n108/2025/QH15", "108/2025/QH15", title_hint="Luật Quản lý thuế"),
        L("Luật Quản lý thuế số 108/2025/QH15", "108/2025/QH15"),
        ND("Nghị định số 254/2026/NĐ-CP", "254/2026/NĐ-CP", issuer=CP),
        L("Luật Quản lý thuế\nsố 108/2025/QH15", "108/2025/QH15", title_hint="Luật Quản lý thuế"),
        ND("Nghị định số 29/2025/NĐ-CP", "29/2025/NĐ-CP", issuer=CP),
        ND("Nghị định số 166/2025/NĐ-CP", "166/2025/NĐ-CP"),
        L("Luật Quản lý thuế", None),
        ND("Nghị định số 254/2026/NĐ-CP", "254/2026/NĐ-CP", issuer=CP),
    ]},
    # A 2019 law cited by name and date ("Luật Quản lý thuế ngày 13 tháng 6 năm 2019").
    {"id": "h206", "source": F91T + ":1522-1531", "citations": [
        TT("Thông tư số\n32/2025/TT-BTC", "32/2025/TT-BTC", issued="2025-05-31", issuer=BTC),
        L("Luật Quản lý thuế", None, issued="2019-06-13"),
        ND("Nghị định số 123/2020/NĐ-CP", "123/2020/NĐ-CP", issued="2020-10-19", issuer=CP),
        ND("Nghị định số 70/2025/NĐ-CP", "70/2025/NĐ-CP", issued="2025-03-20"),
        ND("Nghị định số\n123/2020/NĐ-CP", "123/2020/NĐ-CP"),
    ]},
    {"id": "h207", "source": F89 + ":53-70", "citations": [
        L("Luật Quản lý thuế", None),
        ND("Nghị định số\n252/2026/NĐ-CP", "252/2026/NĐ-CP", issuer=CP),
        L("Luật Quản lý thuế", None),
        L("Luật Quản lý thuế số 108/2025/QH15", "108/2025/QH15"),
        ND("Nghị định số 252/2026/NĐ-CP", "252/2026/NĐ-CP", issuer=CP),
        L("Luật Quản lý thuế", None),
        ND("Nghị định số 29/2025/NĐ-CP", "29/2025/NĐ-CP", issuer=CP),
        ND("Nghị định số 166/2025/NĐ-CP", "166/2025/NĐ-CP"),
        L("Luật Quản lý thuế", None),
        ND("Nghị định số 252/2026/NĐ-CP", "252/2026/NĐ-CP", issuer=CP),
        L("Luật Quản lý thuế", None),
    ]},
    # A long repeal list; "L7" is OCR for 17 (date not read); "thuếvà" glued; "Chính phú".
    {"id": "h208", "source": F89 + ":7349-7402", "citations": [
        L("Luật Quản lý thuế", None, arts=["khoản 4 Điều 52"]),
        TT("Thông tư số 179/2013/TT-BTC", "179/2013/TT-BTC", issued="2013-12-02", issuer=BTC),
        TT("Thông tư số 103/2014/TT-BTC", "103/2014/TT-BTC", issued="2014-08-06", issuer=BTC),
        TT("Thông tư số 92/2015/TT-BTC", "92/2015/TT-BTC", issued="2015-06-15", issuer=BTC),
        L("Luật sửa đổi, bổ sung\nmột số điều của các luật về thuế số 71/2014/QH13", "71/2014/QH13",
          title_hint="Luật sửa đổi, bổ sung một số điều của các luật về thuế"),
        ND("Nghị định số 12/2015/NĐ-\nCP", "12/2015/NĐ-CP", issued="2015-02-12", issuer=CP),
        L("Luật sửa đổi, bỗ\nsung một số điều của các luật về thuế", None),
        TT("Thông tư số 96/2016/TT-BTC", "96/2016/TT-BTC", issued="2016-06-28", issuer=BTC),
        TT("Thông tư số 97/2016/TT-BTC", "97/2016/TT-BTC", issued="2016-06-28", issuer=BTC),
        TT("Thông tư số 84/2016/TT-BTC", "84/2016/TT-BTC"),
        TT("Thông tư số 19/2021/TT-BTC", "19/2021/TT-BTC", issued="2021-03-18", issuer=BTC),
        TT("Thông tư số\n46/2024/TT-BTC", "46/2024/TT-BTC", issued="2024-07-09", issuer=BTC),
        TT("Thông tư số 19/2021/TT-BTC", "19/2021/TT-BTC", issued="2021-03-18", issuer=BTC),
        TT("Thông tư số 80/2021/TT-BTC", "80/2021/TT-BTC", issued="2021-09-29", issuer=BTC),
        L("Luật Quản lý thuế", None),
        ND("Nghị định\nsố 126/2020/NĐ-CP", "126/2020/NĐ-CP", issued="2020-10-19", issuer=CP),
        L("Luật Quản lý thuế", None),
        TT("Thông tư số 94/2025/TT-BTC", "94/2025/TT-BTC", issuer=BTC),
        TT("Thông tư số 80/2021/TT-BTC", "80/2021/TT-BTC", issued="2021-09-29", issuer=BTC),
        L("Luật Quản lý thuế", None),
        ND("Nghị định số\n126/2020/NĐ- CP", "126/2020/NĐ-CP", issued="2020-10-19", issuer=CP),
        L("Luật Quản lý thuế", None),
        TT("Thông\ntư số 40/2021/TT-BTC", "40/2021/TT-BTC", issued="2021-06-01", issuer=BTC),
        TT("Thông tư số 21/2026/TT-BTC", "21/2026/TT-BTC", issued="2026-03-17", issuer=BTC),
        TT("Thông tư\nsố 80/2021/TT-BTC", "80/2021/TT-BTC", issued="2021-09-29", issuer=BTC),
        L("Luật Quản lý thuế", None),
        ND("Nghị định\nsố 126/2020/NĐ-CP", "126/2020/NĐ-CP", issued="2020-10-19", issuer=CP),
        L("Luật Quản lý thuế", None),
    ]},
    # Partial repeals: pinpoints before the circular, "Điều I" is OCR for Điều 1; form codes are no citations.
    {"id": "h209", "source": F89 + ":7403-7439", "citations": [
        C("Thông tư liên tịch số 12/2010/TTLT-BKHĐT-BTC", "Thông tư liên tịch", "12/2010/TTLT-BKHĐT-BTC", arts=["Điều 4"],
          issued="2010-05-28", issuer="Bộ Kế hoạch và Đầu tư và Bộ Tài chính"),
        QD("Quyết định số 119/2009/QĐ-TTg", "119/2009/QĐ-TTg", issued="2009-10-01", issuer=TTG),
        TT("Thông tư số 43/2023/TT-BTC", "43/2023/TT-BTC", arts=["Điều 7"], issued="2023-06-27", issuer=BTC),
        TT("Thông tư số 40/2025/TT-BTC", "40/2025/TT-BTC", arts=["Điều 1", "Điều 7", "Điều 8"], issued="2025-06-13", issuer=BTC),
        TT("Thông tư số 158/2025/TT-BTC", "158/2025/TT-BTC", arts=["Điều 4"], issued="2025-12-31", issuer=BTC),
        ND("Nghị định\nsố 360/2025/NĐ-CP", "360/2025/NĐ-CP", issued="2025-12-31", issuer=CP),
        L("Luật Thuế tiêu thụ đặc biệt", None),
        TT("Thông tư số 18/2026/TT-\nBTC", "18/2026/TT-BTC", arts=ARTS_18, issued="2026-03-05", issuer=BTC),
        TT("Thông tư số\n328/2016/TT-BTC", "328/2016/TT-BTC", arts=ARTS_328, issued="2016-12-26", issuer=BTC),
        TT("Thông tư số 72/2021/TT-BTC", "72/2021/TT-BTC", arts=["khoản 7 Điều 1"]),
        TT("Thông tư số 328/2016/TT-BTC", "328/2016/TT-BTC", arts=["điểm a khoản 3 Điều 11"]),
        TT("Thông tư số 72/2021/TT-BTC", "72/2021/TT-BTC", arts=["khoản 10 Điều 1"]),
        TT("Thông tư số\n50/2026/TT-BTC", "50/2026/TT-BTC"),
        TT("Thông\ntư số 18/2026/TT-BTC", "18/2026/TT-BTC"),
    ]},
    # Non-citation passage: form codes with Ð (U+00D0), internal references, time limits.
    {"id": "h210", "source": F89 + ":716-734", "citations": []},
    {"id": "h211", "source": F91N + ":40-56", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Nhà giáo số 73/2025/QH15", "73/2025/QH15"),
        L("Luật Giáo dục số 43/2019/QH14", "43/2019/QH14"),
        L("Luật 123/2025/QH15", "123/2025/QH15"),
        L("Luật Giáo dục đại học số 125/2025/QH15", "125/2025/QH15"),
        L("Luật Giáo dục đại học", None),
        L("Luật Giáo dục đại học số 125/2025/QH15", "125/2025/QH15", arts=["khoản 4 Điều 11"]),
        L("Luật Giáo dục đại học số 125/2025/QH15", "125/2025/QH15", arts=["khoản 5 Điều 16"]),
    ]},
    # Lists sharing a type word; pinpoints on the last decree only.
    {"id": "h212", "source": F91N + ":212-216", "citations": [
        ND("Nghị định số 141/2013/NĐ-CP", "141/2013/NĐ-CP"),
        ND("Nghị định số 99/2019/NĐ-CP", "99/2019/NĐ-CP"),
        ND("Nghị định số 125/2024/NĐ-CP", "125/2024/NĐ-CP", arts=["Điều 104", "Điều 105"]),
    ]},
    {"id": "h213", "source": F95 + ":44-48,70-80,271-271", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Giáo dục nghề nghiệp số 124/2025/QH15", "124/2025/QH15"),
        L("Luật Giáo dục nghề nghiệp", None, arts=["khoản 5 Điều 7", "khoản 4 Điều 15", "khoản 5 Điều 24", "khoản 5 Điều 41"]),
        ND("Nghị định 15/2019/NĐ-CP", "15/2019/NĐ-CP", arts=["Chương IV"]),
    ]},
    # Pinpoints listed after "Luật ... bao gồm:" as a lettered list.
    {"id": "h214", "source": F142 + ":44-88", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Trí tuệ nhân tạo số 134/2025/QH15", "134/2025/QH15"),
        L("Luật Trí tuệ nhân tạo", None),
        L("Luật Trí tuệ nhân tạo", None, arts=AI_ARTS),
        L("Luật Trí tuệ nhân tạo", None),
    ]},
    {"id": "h215", "source": F185 + ":34-36,206-206", "citations": [
        ND("Nghị định 27/2018/NĐ-CP", "27/2018/NĐ-CP"),
        C("Hiến pháp 2013", "Hiến pháp", None),
        L("Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15", "10/2022/QH15"),
        ND("Nghị định 27/2018/NĐ-CP", "27/2018/NĐ-CP"),
    ]},
]

RELATIONS = [
    {"id": "hr14", "source": F165 + ":59-80,4263-4348",
     "title": "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phòng bệnh.",
     "relations": [
        ("guides", "Luật Phòng bệnh", []),
        ("based_on", "63/2025/QH15", []),
        ("based_on", "72/2025/QH15", []),
        ("based_on", "64/2025/QH15", []),
        ("based_on", "87/2025/QH15", []),
        ("based_on", "114/2025/QH15", []),
        ("expires", "104/2016/NĐ-CP", []),
        ("expires", "155/2018/NĐ-CP", ARTS_155),
        ("expires", "13/2024/NĐ-CP", []),
        ("expires", "101/2010/NĐ-CP", []),
        ("expires", "89/2018/NĐ-CP", []),
        ("expires", "103/2016/NĐ-CP", []),
        ("expires", "56/2010/QĐ-TTg", []),
        ("expires", "02/2016/QĐ-TTg", []),
        ("expires", "47/2013/QĐ-TTg", []),
        ("expires", "26/2023/QĐ-TTg", []),
        ("expires", "23/2006/CT-TTg", []),
     ]},
    {"id": "hr15", "source": F169 + ":61-76,2824-2837",
     "title": "Quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "15/2012/QH13", []),
        ("based_on", "67/2020/QH14", []),
        ("based_on", "88/2025/QH15", []),
        ("based_on", "54/2014/QH13", []),
        ("based_on", "71/2014/QH13", []),
        ("based_on", "35/2018/QH14", []),
        ("based_on", "07/2022/QH15", []),
        ("based_on", "90/2025/QH15", []),
        ("based_on", "108/2025/QH15", []),
        ("expires", "128/2020/NĐ-CP", []),
        ("expires", "102/2021/NĐ-CP", ["Điều 2"]),
     ]},
    # Title ("Quy định một số điều của ...") left out: the text is the Căn cứ block and the effect clause.
    {"id": "hr16", "source": F91T + ":53-59,1518-1531",
     "title": None,
     "relations": [
        ("based_on", "108/2025/QH15", []),
        ("based_on", "254/2026/NĐ-CP", []),
        ("based_on", "29/2025/NĐ-CP", []),
        ("based_on", "166/2025/NĐ-CP", []),
        ("expires", "32/2025/TT-BTC", []),
        ("expires", "123/2020/NĐ-CP", []),
        ("expires", "70/2025/NĐ-CP", []),
     ]},
    {"id": "hr17", "source": F89 + ":57-70,7349-7439",
     "title": "Quy định chi tiết một số điều của Luật Quản lý thuế và Nghị định số 252/2026/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Quản lý thuế",
     "relations": [
        ("guides", "Luật Quản lý thuế", []),
        ("guides", "252/2026/NĐ-CP", []),
        ("based_on", "108/2025/QH15", []),
        ("based_on", "252/2026/NĐ-CP", []),
        ("based_on", "29/2025/NĐ-CP", []),
        ("based_on", "166/2025/NĐ-CP", []),
        ("repeals", "179/2013/TT-BTC", []),
        ("repeals", "103/2014/TT-BTC", []),
        ("repeals", "92/2015/TT-BTC", []),
        ("repeals", "96/2016/TT-BTC", []),
        ("repeals", "97/2016/TT-BTC", []),
        ("repeals", "84/2016/TT-BTC", []),
        ("repeals", "19/2021/TT-BTC", []),
        ("repeals", "46/2024/TT-BTC", []),
        ("repeals", "80/2021/TT-BTC", []),
        ("repeals", "94/2025/TT-BTC", []),
        ("repeals", "21/2026/TT-BTC", []),
        ("repeals", "12/2010/TTLT-BKHĐT-BTC", ["Điều 4"]),
        ("repeals", "43/2023/TT-BTC", ["Điều 7"]),
        ("repeals", "40/2025/TT-BTC", ["Điều 1", "Điều 7", "Điều 8"]),
        ("repeals", "158/2025/TT-BTC", ["Điều 4"]),
        ("repeals", "18/2026/TT-BTC", ARTS_18),
        ("repeals", "328/2016/TT-BTC", ARTS_328),
        ("repeals", "328/2016/TT-BTC", ["điểm a khoản 3 Điều 11"]),
        ("amends", "50/2026/TT-BTC", []),
        ("amends", "18/2026/TT-BTC", []),
     ]},
    {"id": "hr18", "source": F91N + ":40-56,212-216",
     "title": "Quy định chi tiết và biện pháp tổ chức, hướng dẫn thi hành một số điều của Luật Giáo dục đại học",
     "relations": [
        ("guides", "Luật Giáo dục đại học", []),
        ("based_on", "63/2025/QH15", []),
        ("based_on", "73/2025/QH15", []),
        ("based_on", "43/2019/QH14", []),
        ("based_on", "123/2025/QH15", []),
        ("based_on", "125/2025/QH15", []),
        ("guides", "125/2025/QH15", ["khoản 4 Điều 11", "khoản 5 Điều 16"]),
        ("expires", "141/2013/NĐ-CP", []),
        ("expires", "99/2019/NĐ-CP", []),
        ("expires", "125/2024/NĐ-CP", ["Điều 104", "Điều 105"]),
     ]},
    {"id": "hr19", "source": F95 + ":44-48,70-80,271-271",
     "title": "Quy định chi tiết một số điều của Luật Giáo dục nghề nghiệp",
     "relations": [
        ("guides", "Luật Giáo dục nghề nghiệp", []),
        ("based_on", "63/2025/QH15", []),
        ("based_on", "124/2025/QH15", []),
        ("guides", "Luật Giáo dục nghề nghiệp", ["khoản 5 Điều 7", "khoản 4 Điều 15", "khoản 5 Điều 24", "khoản 5 Điều 41"]),
        ("amends", "15/2019/NĐ-CP", ["Chương IV"]),
     ]},
    {"id": "hr20", "source": F142 + ":44-88",
     "title": None,
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "134/2025/QH15", []),
        ("guides", "Luật Trí tuệ nhân tạo", []),
        ("guides", "Luật Trí tuệ nhân tạo", AI_ARTS),
     ]},
    {"id": "hr21", "source": F185 + ":34-36,206-206",
     "title": "Quy định về tổ chức, hoạt động của thôn, tổ dân phố và chế độ, chính sách đối với người hoạt động không chuyên trách ở thôn, tổ dân phố",
     "relations": [
        ("replaces", "27/2018/NĐ-CP", []),
        ("based_on", "Hiến pháp 2013", []),
        ("based_on", "10/2022/QH15", []),
     ]},
]
