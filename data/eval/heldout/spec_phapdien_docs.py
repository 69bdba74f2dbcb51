"""Hand annotations: 2026 documents mirrored in corpus/phapdien/ (files data/eval/ does not use)."""


def C(surface, doc_type, number, arts=(), issued=None, issuer=None, **kw):
    d = {"surface": surface, "doc_type": doc_type, "number": number, "articles": list(arts), "issued": issued, "issuer": issuer}
    d.update(kw)
    return d


def L(surface, number, **kw):  # a law
    return C(surface, "Luật", number, **kw)


def ND(surface, number, **kw):
    return C(surface, "Nghị định", number, **kw)


def TT(surface, number, **kw):
    return C(surface, "Thông tư", number, **kw)


def QD(surface, number, **kw):
    return C(surface, "Quyết định", number, **kw)


def NQ(surface, number, **kw):
    return C(surface, "Nghị quyết", number, **kw)


P = "phapdien/"
F182 = P + "giao-duc-dao-tao__nghi-dinh-182-2026-nd-cp-quy-dinh-che-do-phu-cap-uu-dai-doi-voi-nha-giao-can-bo-quan-ly-giao-duc.md"
F161 = P + "lao-dong__161-2026-nd-cp-tang-luong-co-so.md"
F09 = P + "noi-vu-hanh-chinh__thong-tu-09-2026-tt-bnv.md"
F243 = P + "nang-luong-tai-nguyen__243-2026-nd-cp.md"
F204 = P + "thu-y__nghi-dinh-204-2026-nd-cp-xu-phat-vi-pham-hanh-chinh-linh-vuc-thu-y.md"
F192 = P + "y-te-duoc__nghi-dinh-192-2026-nd-cp-phu-cap-y-te-thon-ban.md"
F28 = P + "xay-dung__thong-tu-28-2026-tt-bxd-dang-kiem-phuong-tien-thuy-noi-dia.md"
F145 = P + "thuong-mai-dau-tu-chung-khoan__nghi-dinh-145-2026.md"
F199 = P + "lao-dong__nghi-dinh-199-2026-nd-cp-ho-tro-phuc-vu-lanh-dao-cong-an-quan-doi.md"
F11 = P + "xay-dung__thong-tu-11-2026-tt-bxd-danh-muc-khoang-san-vlxd-xuat-khau.md"
F75 = P + "quan-ly-hanh-chinh__nghi-dinh-75-2026-nd-cp-che-do-tu-chu-quan-ly-kinh-phi-hanh-chinh.md"

BGTVT = "Bộ Giao thông vận tải"

CITATIONS = [
    # Mirror summary: Căn cứ list without "Căn cứ", dd/mm/yyyy dates, pinpoint lists "Điều 4, 5, 6",
    # name-only laws followed by their number in parentheses.
    {"id": "h101", "source": F182 + ":27-49", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Giáo dục số 43/2019/QH14", "43/2019/QH14"),
        L("Luật số 123/2025/QH15", "123/2025/QH15"),
        L("Luật Nhà giáo số 73/2025/QH15", "73/2025/QH15"),
        L("Luật Giáo dục nghề nghiệp số 124/2025/QH15", "124/2025/QH15"),
        L("Luật Giáo dục đại học số 125/2025/QH15", "125/2025/QH15"),
        C("Bộ luật Lao động số 45/2019/QH14", "Bộ luật", "45/2019/QH14"),
        NQ("Nghị quyết số 248/2025/QH15", "248/2025/QH15", issuer="Quốc hội"),
        QD("Quyết định số 244/2005/QĐ-TTg", "244/2005/QĐ-TTg", issued="2005-10-06"),
        ND("Nghị định số 61/2006/NĐ-CP", "61/2006/NĐ-CP", arts=["Điều 5"], issued="2006-06-20"),
        ND("Nghị định số 113/2015/NĐ-CP", "113/2015/NĐ-CP", arts=["Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9"], issued="2015-11-09"),
        ND("Nghị định 161/2026/NĐ-CP", "161/2026/NĐ-CP"),
        L("Luật Giáo dục 2019", None),
        L("Luật số 43/2019/QH14", "43/2019/QH14"),
        L("Luật Nhà giáo", None),
        L("Luật số 73/2025/QH15", "73/2025/QH15"),
        ND("Nghị định 204/2004/NĐ-CP", "204/2004/NĐ-CP"),
    ]},
    {"id": "h102", "source": F182 + ":71-79,250-256", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Giáo dục số 43/2019/QH14", "43/2019/QH14"),
        L("Luật số 123/2025/QH15", "123/2025/QH15"),
        L("Luật Nhà giáo số 73/2025/QH15", "73/2025/QH15"),
        L("Luật Giáo dục nghề nghiệp số 124/2025/QH15", "124/2025/QH15"),
        L("Luật Giáo dục đại học số 125/2025/QH15", "125/2025/QH15"),
        C("Bộ luật Lao động số 45/2019/QH14", "Bộ luật", "45/2019/QH14"),
        NQ("Nghị quyết số 248/2025/QH15", "248/2025/QH15", issuer="Quốc hội"),
        QD("Quyết định số 244/2005/QĐ-TTg", "244/2005/QĐ-TTg"),
        ND("Nghị định số 61/2006/NĐ-CP", "61/2006/NĐ-CP", arts=["Điều 5"]),
        ND("Nghị định số 113/2015/NĐ-CP", "113/2015/NĐ-CP", arts=["Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9"]),
    ]},
    # Two resolutions in one Căn cứ line; a resolution pinpointed at "điểm c khoản 6.2".
    {"id": "h103", "source": F161 + ":76-80,132-132", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        C("Bộ luật Lao động số 45/2019/QH14", "Bộ luật", "45/2019/QH14"),
        NQ("Nghị quyết số 142/2024/QH15", "142/2024/QH15", issuer="Quốc hội"),
        NQ("Nghị quyết số 265/2025/QH15", "265/2025/QH15", issuer="Quốc hội"),
        NQ("Nghị quyết số 142/2024/QH15", "142/2024/QH15", arts=["điểm c khoản 6.2"], issued="2024-06-29", issuer="Quốc hội"),
    ]},
    {"id": "h104", "source": F161 + ":192-192,198-200", "citations": [
        ND("Nghị định số 60/2021/NĐ-CP", "60/2021/NĐ-CP", issued="2021-06-21", issuer="Chính phủ"),
        ND("Nghị định số 111/2025/NĐ-CP", "111/2025/NĐ-CP", issued="2025-05-22", issuer="Chính phủ"),
        ND("Nghị định số 60/2021/NĐ-CP", "60/2021/NĐ-CP"),
        ND("Nghị định số 73/2024/NĐ-CP", "73/2024/NĐ-CP", issued="2024-06-30", issuer="Chính phủ"),
    ]},
    # Mirror summary table: "TT 08/2023/...", bare numbers listed after it, a bare number in a note.
    {"id": "h105", "source": F09 + ":31-33,40-40,48-48,107-107", "citations": [
        TT("Thông tư số 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH", issued="2021-12-15", issuer="Bộ Lao động - Thương binh và Xã hội"),
        L("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", None),
        TT("Thông tư 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH"),
        TT("TT 08/2023/TT-BLĐTBXH", "08/2023/TT-BLĐTBXH"),
        TT("02/2024/TT-BLĐTBXH", "02/2024/TT-BLĐTBXH"),
        TT("09/2025/TT-BNV", "09/2025/TT-BNV"),
        TT("Thông tư 02/2024/TT-BLĐTBXH", "02/2024/TT-BLĐTBXH", issued="2024-02-23"),
        L("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020", None),
        TT("Thông tư số 09/2026/TT-BNV", "09/2026/TT-BNV", issuer="Bộ Nội vụ"),  # "do Bộ trưởng Bộ Nội vụ ban hành"
        TT("Thông tư số 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH", issued="2021-12-15", issuer="Bộ Lao động - Thương binh và Xã hội"),
        L("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", None),
        TT("Thông tư 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH", arts=["Điều 7"]),
        TT("02/2024/TT-BLĐTBXH", "02/2024/TT-BLĐTBXH"),
    ]},
    # Annexes as pinpoints ("Phụ lục II, III, ... ban hành kèm theo Thông tư số ...").
    {"id": "h106", "source": F09 + ":111-111,137-137,155-155", "citations": [
        TT("Thông tư số 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH",
           arts=["Phụ lục II", "Phụ lục III", "Phụ lục IV", "Phụ lục V", "Phụ lục VI", "Phụ lục VII", "Phụ lục VIII", "Phụ lục IX", "Phụ lục X", "Phụ lục XI"]),
        TT("Thông tư số 02/2024/TT-BLĐTBXH", "02/2024/TT-BLĐTBXH",
           arts=["Phụ lục II", "Phụ lục III", "Phụ lục IV", "Phụ lục V", "Phụ lục VI", "Phụ lục VII", "Phụ lục VIII", "Phụ lục IX", "Phụ lục X", "Phụ lục XI"]),
        TT("Thông tư số 09/2025/TT-BNV", "09/2025/TT-BNV"),
        TT("Thông tư số 02/2024/TT-BLĐTBXH", "02/2024/TT-BLĐTBXH", issued="2024-02-23", issuer="Bộ Lao động - Thương binh và Xã hội"),
        TT("Thông tư số 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH", issued="2021-12-15"),
    ]},
    # Table row without "số"; decrees in a title with their dates; name-only law inside a title;
    # "(Nghị định số 57/2025/NĐ-CP)" aliases.
    {"id": "h107", "source": F243 + ":30-32", "citations": [
        L("Luật Tổ chức Chính phủ 63/2025/QH15", "63/2025/QH15"),
        L("Luật Điện lực 61/2024/QH15", "61/2024/QH15"),
        NQ("Nghị quyết 253/2023/QH15", "253/2023/QH15"),
        ND("Nghị định 57/2025/NĐ-CP", "57/2025/NĐ-CP"),
        ND("Nghị định 58/2025/NĐ-CP", "58/2025/NĐ-CP"),
        ND("Nghị định 57/2025/NĐ-CP", "57/2025/NĐ-CP"),
        ND("Nghị định 58/2025/NĐ-CP", "58/2025/NĐ-CP"),
    ]},
    {"id": "h108", "source": F243 + ":52-62", "citations": [
        ND("Nghị định số 57/2025/NĐ-CP", "57/2025/NĐ-CP", issued="2025-03-03", issuer="Chính phủ"),
        ND("Nghị định số 58/2025/NĐ-CP", "58/2025/NĐ-CP", issued="2025-03-03", issuer="Chính phủ"),
        L("Luật Điện lực", None),
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Điện lực số 61/2024/QH15", "61/2024/QH15"),
        NQ("Nghị quyết số 253/2023/QH15", "253/2023/QH15", issuer="Quốc hội"),
        ND("Nghị định số 57/2025/NĐ-CP", "57/2025/NĐ-CP", issued="2025-03-03", issuer="Chính phủ"),
        ND("Nghị định số 57/2025/NĐ-CP", "57/2025/NĐ-CP"),
        ND("Nghị định số 58/2025/NĐ-CP", "58/2025/NĐ-CP", issued="2025-03-03", issuer="Chính phủ"),
        L("Luật Điện lực", None),
        ND("Nghị định số 58/2025/NĐ-CP", "58/2025/NĐ-CP"),
    ]},
    {"id": "h109", "source": F243 + ":406-408", "citations": [
        ND("Nghị định số 135/2024/NĐ-CP", "135/2024/NĐ-CP"),
        ND("Nghị định số 58/2025/NĐ-CP", "58/2025/NĐ-CP"),
        ND("Nghị định số 58/2025/NĐ-CP", "58/2025/NĐ-CP"),
    ]},
    {"id": "h110", "source": F204 + ":80-84,150-150", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Xử lý vi phạm hành chính số 15/2012/QH13", "15/2012/QH13"),
        L("Luật số 67/2020/QH14", "67/2020/QH14"),
        L("Luật số 88/2025/QH15", "88/2025/QH15"),
        L("Luật Thú y số 79/2015/QH13", "79/2015/QH13"),
        L("Luật số 146/2025/QH15", "146/2025/QH15"),
        ND("Nghị định số 118/2021/NĐ-CP", "118/2021/NĐ-CP", issued="2021-12-23", issuer="Chính phủ"),
        L("Luật Xử lý vi phạm hành chính", None),
        ND("Nghị định số 68/2025/NĐ-CP", "68/2025/NĐ-CP", issued="2025-03-18"),
        ND("Nghị định số 190/2025/NĐ-CP", "190/2025/NĐ-CP", issued="2025-07-01"),
    ]},
    # "Nghị định 04/2020/NĐ-CP" without "số" after an article pinpoint; decrees inside its title.
    {"id": "h111", "source": F204 + ":892-898", "citations": [
        ND("Nghị định số 90/2017/NĐ-CP", "90/2017/NĐ-CP", issued="2017-07-31", issuer="Chính phủ"),
        ND("Nghị định 04/2020/NĐ-CP", "04/2020/NĐ-CP", arts=["Điều 2"], issued="2020-01-03", issuer="Chính phủ"),
        ND("Nghị định số 31/2016/NĐ-CP", "31/2016/NĐ-CP", issued="2016-05-06", issuer="Chính phủ"),
        ND("Nghị định số 90/2017/NĐ-CP", "90/2017/NĐ-CP", issued="2017-07-31", issuer="Chính phủ"),
        ND("Nghị định số 07/2022/NĐ-CP", "07/2022/NĐ-CP", arts=["Điều 3"], issued="2022-01-10", issuer="Chính phủ"),
    ]},
    # Markdown bold inside the citation ("số **63/2025/QH15**").
    {"id": "h112", "source": F192 + ":29-41", "citations": [
        L("Luật Tổ chức Chính phủ số **63/2025/QH15", "63/2025/QH15"),
        L("Luật Phòng bệnh số **114/2025/QH15", "114/2025/QH15"),
        L("Luật Khám bệnh, chữa bệnh số **15/2023/QH15", "15/2023/QH15"),
        L("Luật Giám định tư pháp số **105/2025/QH15", "105/2025/QH15"),
        QD("Quyết định số **73/2011/QĐ-TTg", "73/2011/QĐ-TTg", issued="2011-12-28"),
        QD("Quyết định số **75/2009/QĐ-TTg", "75/2009/QĐ-TTg", issued="2009-05-11"),
        ND("Nghị định số **60/2021/NĐ-CP", "60/2021/NĐ-CP", arts=["khoản 2 Điều 26"]),
        ND("Nghị định số **111/2025/NĐ-CP", "111/2025/NĐ-CP"),
    ]},
    {"id": "h113", "source": F192 + ":377-386", "citations": [
        QD("Quyết định số **73/2011/QĐ-TTg", "73/2011/QĐ-TTg", issued="2011-12-28", issuer="Thủ tướng Chính phủ"),
        QD("Quyết định số **75/2009/QĐ-TTg", "75/2009/QĐ-TTg", issued="2009-05-11", issuer="Thủ tướng Chính phủ"),
        ND("Nghị định số 60/2021/NĐ-CP", "60/2021/NĐ-CP", arts=["khoản 2 Điều 26"], issued="2021-06-21", issuer="Chính phủ"),
        ND("Nghị định số **111/2025/NĐ-CP", "111/2025/NĐ-CP", issued="2025-05-22", issuer="Chính phủ"),
    ]},
    # A law amended by a law of the same name; a name-only law inside a decree's title.
    {"id": "h114", "source": F28 + ":70-76", "citations": [
        L("Luật Giao thông đường thủy nội địa số 23/2004/QH11", "23/2004/QH11"),
        L("Luật Giao thông đường thủy nội địa số 48/2014/QH13", "48/2014/QH13"),
        L("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15", "55/2024/QH15"),
        ND("Nghị định số 105/2025/NĐ-CP", "105/2025/NĐ-CP"),
        L("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", None),
        ND("Nghị định số 33/2025/NĐ-CP", "33/2025/NĐ-CP"),
    ]},
    # Effect clause: circulars of a former ministry; articles and a chapter as pinpoints.
    {"id": "h115", "source": F28 + ":163-174", "citations": [
        TT("Thông tư số 48/2015/TT-BGTVT", "48/2015/TT-BGTVT", issued="2015-09-22", issuer=BGTVT),
        TT("Thông tư số 16/2023/TT-BGTVT", "16/2023/TT-BGTVT", issued="2023-06-30", issuer=BGTVT),
        TT("Thông tư số 26/2024/TT-BGTVT", "26/2024/TT-BGTVT", issued="2024-07-02", issuer=BGTVT),
        TT("Thông tư số 20/2022/TT-BGTVT", "20/2022/TT-BGTVT", issued="2022-07-29", issuer=BGTVT),
        TT("Thông tư số 16/2022/TT-BGTVT", "16/2022/TT-BGTVT", arts=["Điều 9"], issued="2022-06-30", issuer=BGTVT),
        TT("Thông tư số 20/2022/TT-BGTVT", "20/2022/TT-BGTVT", arts=["khoản 3 Điều 4", "khoản 4 Điều 4"], issued="2022-07-29", issuer=BGTVT),
        TT("Thông tư số 59/2025/TT-BXD", "59/2025/TT-BXD", arts=["Điều 10", "Điều 11", "Điều 12", "Điều 13", "Điều 14", "Điều 15", "Chương IV"], issued="2025-12-29", issuer="Bộ Xây dựng"),
    ]},
    # Bare numbers in parentheses after "các Thông tư cũ"; "số kiểm soát VR" is no citation.
    {"id": "h116", "source": F28 + ":52-52", "citations": [
        TT("48/2015/TT-BGTVT", "48/2015/TT-BGTVT"),
        TT("16/2023/TT-BGTVT", "16/2023/TT-BGTVT"),
        TT("26/2024/TT-BGTVT", "26/2024/TT-BGTVT"),
    ]},
    {"id": "h117", "source": F145 + ":27-41", "citations": [
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Doanh nghiệp số 39/2020/QH14", "39/2020/QH14"),
        L("Luật số 03/2022/QH15", "03/2022/QH15"),
        L("Luật số 76/2025/QH15", "76/2025/QH15"),
        L("Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp số 68/2025/QH15", "68/2025/QH15"),
        L("Luật Chứng khoán số 54/2019/QH14", "54/2019/QH14"),
        L("Luật số 56/2024/QH15", "56/2024/QH15"),
        ND("Nghị định 145/2026/NĐ-CP", "145/2026/NĐ-CP"),
        ND("Nghị định 59/2021/NĐ-CP", "59/2021/NĐ-CP", issued="2021-06-18"),
        ND("Nghị định 248/2025/NĐ-CP", "248/2025/NĐ-CP"),
    ]},
    # Quoted phrase being replaced: it cites the old decree (with pinpoints) and the new one.
    {"id": "h118", "source": F145 + ":182-184", "citations": [
        ND("Nghị định số 59/2021/NĐ-CP", "59/2021/NĐ-CP", issued="2021-06-18", issuer="Chính phủ"),
        ND("Nghị định số 59/2021/NĐ-CP", "59/2021/NĐ-CP", arts=["điểm b khoản 2 Điều 6", "điểm c khoản 2 Điều 6"], issued="2021-06-18", issuer="Chính phủ"),
        ND("Nghị định số 248/2025/NĐ-CP", "248/2025/NĐ-CP", arts=["khoản 3 Điều 12"], issued="2025-07-25", issuer="Chính phủ"),
        ND("Nghị định số 145/2026/NĐ-CP", "145/2026/NĐ-CP", arts=["điểm b khoản 2 Điều 6", "điểm c khoản 2 Điều 6"], issued="2026-05-05", issuer="Chính phủ"),
    ]},
    {"id": "h119", "source": F199 + ":36-38,66-70,134-134", "citations": [
        QD("Quyết định 269/2005/QĐ-TTg", "269/2005/QĐ-TTg", issued="2005-10-31"),
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Ngân sách nhà nước số 89/2025/QH15", "89/2025/QH15"),
        L("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "64/2025/QH15"),
        L("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15", "87/2025/QH15"),
        L("Luật Tổ chức Chính phủ số 63/2025/QH15", "63/2025/QH15"),
        L("Luật Ngân sách nhà nước số 89/2025/QH15", "89/2025/QH15"),
        L("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "64/2025/QH15"),
        L("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15", "87/2025/QH15"),
        QD("Quyết định số 269/2005/QĐ-TTg", "269/2005/QĐ-TTg", issued="2005-10-31", issuer="Thủ tướng Chính phủ"),
    ]},
    # Pinpoint "(khoản 38 Điều 1)" after the citation; name-only laws inside decree titles.
    {"id": "h120", "source": F11 + ":62-62,82-84", "citations": [
        ND("Nghị định số 21/2026/NĐ-CP", "21/2026/NĐ-CP", arts=["khoản 38 Điều 1"], issued="2026-01-16", issuer="Chính phủ"),
        ND("Nghị định số 193/2025/NĐ-CP", "193/2025/NĐ-CP", issued="2025-07-02"),
        L("Luật Địa chất và khoáng sản", None),
        ND("Nghị định số 21/2026/NĐ-CP", "21/2026/NĐ-CP", issued="2026-01-16", issuer="Chính phủ"),
        ND("Nghị định số 193/2025/NĐ-CP", "193/2025/NĐ-CP", issued="2025-07-02", issuer="Chính phủ"),
        L("Luật Địa chất và khoáng sản", None),
        L("Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản", None),
        ND("Nghị định số 33/2025/NĐ-CP", "33/2025/NĐ-CP", issued="2025-02-25", issuer="Chính phủ"),
    ]},
    {"id": "h121", "source": F11 + ":94-94,126-126", "citations": [
        ND("Nghị định số 21/2026/NĐ-CP", "21/2026/NĐ-CP", arts=["khoản 38 Điều 1"], issued="2026-01-16", issuer="Chính phủ"),
        ND("Nghị định số 193/2025/NĐ-CP", "193/2025/NĐ-CP", issued="2025-07-02"),
        L("Luật Địa chất và khoáng sản", None),
        L("Luật sửa đổi, bổ sung một số điều của Luật Địa chất và khoáng sản", None),
        TT("Thông tư số 04/2021/TT-BXD", "04/2021/TT-BXD", issued="2021-06-30", issuer="Bộ Xây dựng"),
    ]},
    {"id": "h122", "source": F75 + ":52-52,395-401", "citations": [
        ND("Nghị định 75/2026/NĐ-CP", "75/2026/NĐ-CP"),
        ND("Nghị định 130/2005/NĐ-CP", "130/2005/NĐ-CP"),
        ND("Nghị định 117/2013/NĐ-CP", "117/2013/NĐ-CP"),
        ND("Nghị định số 130/2005/NĐ-CP", "130/2005/NĐ-CP", issued="2005-10-17", issuer="Chính phủ"),
        ND("Nghị định số 117/2013/NĐ-CP", "117/2013/NĐ-CP", issued="2013-10-07", issuer="Chính phủ"),
        ND("Nghị định số 130/2005/NĐ-CP", "130/2005/NĐ-CP", issued="2005-10-17"),
    ]},
]

RELATIONS = [
    {"id": "hr03", "source": F182 + ":71-79,244-244,252-256",
     "title": "Quy định chế độ phụ cấp ưu đãi theo nghề đối với nhà giáo, cán bộ quản lý cơ sở giáo dục và nhân sự hỗ trợ giáo dục công tác trong các cơ sở giáo dục công lập.",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "43/2019/QH14", []),
        ("based_on", "123/2025/QH15", []),
        ("based_on", "73/2025/QH15", []),
        ("based_on", "124/2025/QH15", []),
        ("based_on", "125/2025/QH15", []),
        ("based_on", "45/2019/QH14", []),
        ("based_on", "248/2025/QH15", []),
        ("repeals", "244/2005/QĐ-TTg", []),
        ("repeals", "61/2006/NĐ-CP", ["Điều 5"]),
        ("repeals", "113/2015/NĐ-CP", ["Điều 4", "Điều 5", "Điều 6", "Điều 7", "Điều 8", "Điều 9"]),
     ]},
    {"id": "hr04", "source": F161 + ":76-82,196-200",
     "title": "Quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "45/2019/QH14", []),
        ("based_on", "142/2024/QH15", []),
        ("based_on", "265/2025/QH15", []),
        ("expires", "73/2024/NĐ-CP", []),
     ]},
    # The amending circular; its amended articles are named in the item headings of its Điều 1.
    {"id": "hr05", "source": F09 + ":40-40,48-52,69-69,91-91,109-111,133-139,155-155",
     "title": "Sửa đổi, bổ sung một số điều của Thông tư số 21/2021/TT-BLĐTBXH ngày 15/12/2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết một số điều của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
     "relations": [
        ("amends", "21/2021/TT-BLĐTBXH", []),
        ("based_on", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020", []),
        ("amends", "21/2021/TT-BLĐTBXH", ["Điều 4", "Điều 5", "Điều 7"]),
        ("amends", "21/2021/TT-BLĐTBXH", ["Phụ lục II", "Phụ lục III", "Phụ lục IV", "Phụ lục V", "Phụ lục VI", "Phụ lục VII", "Phụ lục VIII", "Phụ lục IX", "Phụ lục X", "Phụ lục XI"]),
        ("amends", "09/2025/TT-BNV", ["Điều 17"]),
        ("repeals", "02/2024/TT-BLĐTBXH", []),
     ]},
    {"id": "hr06", "source": F243 + ":54-62,66-68,338-344,360-360,374-374,386-386,398-398",
     "title": "Sửa đổi, bổ sung một số điều của Nghị định số 57/2025/NĐ-CP ngày 03 tháng 3 năm 2025 của Chính phủ quy định cơ chế mua bán điện trực tiếp giữa đơn vị phát điện năng lượng tái tạo và khách hàng sử dụng điện lớn và Nghị định số 58/2025/NĐ-CP ngày 03 tháng 3 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Điện lực về phát triển điện năng lượng tái tạo, điện năng lượng mới",
     "relations": [
        ("amends", "57/2025/NĐ-CP", []),
        ("amends", "58/2025/NĐ-CP", []),
        ("based_on", "63/2025/QH15", []),
        ("based_on", "61/2024/QH15", []),
        ("based_on", "253/2023/QH15", []),
        ("amends", "57/2025/NĐ-CP", ["Điều 1"]),
        ("repeals", "57/2025/NĐ-CP", ["khoản 3 Điều 31"]),
        ("amends", "58/2025/NĐ-CP", ["Điều 3", "Điều 14", "Điều 15", "Điều 27"]),
        ("repeals", "58/2025/NĐ-CP", ["điểm a khoản 2 Điều 12", "khoản 6 Điều 29", "Điều 22"]),
     ]},
    {"id": "hr07", "source": F204 + ":78-88,892-898",
     "title": "Quy định xử phạt vi phạm hành chính trong lĩnh vực thú y",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "15/2012/QH13", []),
        ("based_on", "67/2020/QH14", []),
        ("based_on", "88/2025/QH15", []),
        ("based_on", "79/2015/QH13", []),
        ("based_on", "146/2025/QH15", []),
        ("replaces", "90/2017/NĐ-CP", []),
        ("repeals", "04/2020/NĐ-CP", ["Điều 2"]),
        ("repeals", "07/2022/NĐ-CP", ["Điều 3"]),
     ]},
    {"id": "hr08", "source": F192 + ":29-35,377-386",
     "title": "Quy định một số chế độ phụ cấp đặc thù trong lĩnh vực y tế; hỗ trợ hằng tháng đối với nhân viên y tế thôn, tổ dân phố và cô đỡ thôn, bản",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "114/2025/QH15", []),
        ("based_on", "15/2023/QH15", []),
        ("based_on", "105/2025/QH15", []),
        ("expires", "73/2011/QĐ-TTg", []),
        ("expires", "75/2009/QĐ-TTg", []),
        ("repeals", "60/2021/NĐ-CP", ["khoản 2 Điều 26"]),
     ]},
    {"id": "hr09", "source": F28 + ":70-80,163-174",
     "title": "Quy định về đăng kiểm phương tiện thủy nội địa",
     "relations": [
        ("based_on", "23/2004/QH11", []),
        ("based_on", "48/2014/QH13", []),
        ("based_on", "55/2024/QH15", []),
        ("based_on", "105/2025/NĐ-CP", []),
        ("based_on", "33/2025/NĐ-CP", []),
        ("expires", "48/2015/TT-BGTVT", []),
        ("expires", "16/2023/TT-BGTVT", []),
        ("expires", "26/2024/TT-BGTVT", []),
        ("repeals", "16/2022/TT-BGTVT", ["Điều 9"]),
        ("repeals", "20/2022/TT-BGTVT", ["khoản 3 Điều 4", "khoản 4 Điều 4"]),
        ("repeals", "59/2025/TT-BXD", ["Điều 10", "Điều 11", "Điều 12", "Điều 13", "Điều 14", "Điều 15", "Chương IV"]),
     ]},
    # "Sửa đổi cụm từ ... tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP" amends that clause.
    {"id": "hr10", "source": F145 + ":52-62,178-184",
     "title": "Quy định một số nội dung về cơ chế quản lý tài chính, đánh giá, xếp loại doanh nghiệp đối với Sở Giao dịch Chứng khoán Việt Nam, Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "39/2020/QH14", []),
        ("based_on", "03/2022/QH15", []),
        ("based_on", "76/2025/QH15", []),
        ("based_on", "68/2025/QH15", []),
        ("based_on", "54/2019/QH14", []),
        ("based_on", "56/2024/QH15", []),
        ("expires", "59/2021/NĐ-CP", []),
        ("amends", "248/2025/NĐ-CP", ["khoản 3 Điều 12"]),
     ]},
    {"id": "hr11", "source": F199 + ":64-72,130-134",
     "title": "Quy định chính sách hỗ trợ phục vụ",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "89/2025/QH15", []),
        ("based_on", "64/2025/QH15", []),
        ("based_on", "87/2025/QH15", []),
        ("expires", "269/2005/QĐ-TTg", []),
     ]},
    {"id": "hr12", "source": F11 + ":80-86,124-126",
     "title": "Quy định danh mục, quy cách và chỉ tiêu kỹ thuật khoáng sản làm vật liệu xây dựng được phép xuất khẩu",
     "relations": [
        ("based_on", "21/2026/NĐ-CP", []),
        ("based_on", "33/2025/NĐ-CP", []),
        ("expires", "04/2021/TT-BXD", []),
     ]},
    {"id": "hr13", "source": F75 + ":73-80,393-401",
     "title": "Quy định chế độ tự chủ, tự chịu trách nhiệm về quản lý, sử dụng kinh phí quản lý hành chính",
     "relations": [
        ("based_on", "63/2025/QH15", []),
        ("based_on", "72/2025/QH15", []),
        ("based_on", "89/2025/QH15", []),
        ("expires", "130/2005/NĐ-CP", []),
        ("expires", "117/2013/NĐ-CP", []),
     ]},
]
