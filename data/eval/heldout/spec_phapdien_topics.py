"""Hand annotations: codification topics of the Bộ pháp điển (files data/eval/ does not use):
origin notes, cross-references, name-only laws and ordinances with pinpoints, old numbers, standards
and technical regulations that are not citations, and one-sentence effect clauses as relation passages."""


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


def PL(surface, number, **kw):
    return C(surface, "Pháp lệnh", number, **kw)


P = "phapdien/"
LLTP = P + "hanh-chinh-tu-phap__ly-lich-tu-phap.md"
TVPL = P + "bo-tro-tu-phap__tu-van-phap-luat.md"
GD = P + "giao-duc-dao-tao__giao-duc.md"
QT = P + "hanh-chinh-tu-phap__quoc-tich-viet-nam.md"
KT = P + "xay-dung-nha-o-do-thi__kien-truc.md"
ATLD = P + "lao-dong__an-toan-ve-sinh-lao-dong.md"
CL = P + "khoa-hoc-cong-nghe__chat-luong-san-pham-hang-hoa.md"
DD = P + "tai-nguyen__do-dac-va-ban-do.md"
QLTT = P + "thuong-mai-dau-tu-chung-khoan__quan-ly-thi-truong.md"
CPTT = P + "thue-phi-le-phi-cac-khoan-thu-khac__chi-phi-to-tung.md"
TTDB = P + "thue-phi-le-phi-cac-khoan-thu-khac__thue-tieu-thu-dac-biet.md"
CBS = P + "hanh-chinh-tu-phap__cap-ban-sao-tu-so-goc-chung-thuc-ban-sao-tu-ban-chinh-chung-thuc-chu-ky.md"
QP = P + "quoc-phong__giao-duc-quoc-phong-va-an-ninh.md"
TNDN = P + "thue-phi-le-phi-cac-khoan-thu-khac__thue-thu-nhap-doanh-nghiep.md"

CP = "Chính phủ"
LDTBXH = "Bộ Lao động - Thương binh và Xã hội"

CITATIONS = [
    # Origin notes: pinpoint first, title and date after the number (date not the citation's: title between),
    # internal codification codes ("Điều 15.4.LQ.11.") are no citations.
    {"id": "h301", "source": LLTP + ":35-41,45-49", "citations": [
        L("Luật số 28/2009/QH12", "28/2009/QH12", arts=["Điều 1"]),
        ND("Nghị định số 111/2010/NĐ-CP", "111/2010/NĐ-CP", arts=["Điều 1"]),
        L("Luật Lý lịch tư pháp", None),
        TT("Thông tư số 13/2011/TT-BTP", "13/2011/TT-BTP", arts=["Điều 1"]),
    ]},
    # "có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 4 Nghị định số ..."
    {"id": "h302", "source": TVPL + ":245-245", "citations": [
        ND("Nghị định số 77/2008/NĐ-CP", "77/2008/NĐ-CP", arts=["Điều 13"]),
        ND("Nghị định số 05/2012/NĐ-CP", "05/2012/NĐ-CP", arts=["Điều 4"]),
    ]},
    # Cross-reference "Điều 2. <title> của Nghị định 110/2013/NĐ-CP <title> ban hành ngày ...".
    {"id": "h303", "source": TVPL + ":855-855", "citations": [
        ND("Nghị định 110/2013/NĐ-CP", "110/2013/NĐ-CP", arts=["Điều 2"]),
    ]},
    {"id": "h304", "source": TVPL + ":971-971", "citations": [
        TT("Thông tư số 04/2003/TT-BTP", "04/2003/TT-BTP", issued="2003-10-28", issuer="Bộ Tư pháp"),
        ND("Nghị định số 65/2003/NĐ-CP", "65/2003/NĐ-CP", issued="2003-06-11", issuer=CP),
    ]},
    # Two items "Điều 3. Chính sách của Nhà nước": only the second names a document.
    {"id": "h305", "source": GD + ":283-283", "citations": [
        ND("Nghị định 79/2012/NĐ-CP", "79/2012/NĐ-CP", arts=["Điều 3"]),
    ]},
    # A codification code "Điều 15.6.NĐ.1.8." is not a pinpoint of the decree named after its title;
    # "Điều 22 Luật Quốc tịch Việt Nam" inside that title is.
    {"id": "h306", "source": QT + ":37-37,141-141,445-445,555-555", "citations": [
        L("Luật 59/2014/QH13", "59/2014/QH13", arts=["Điều 1"]),
        ND("Nghị định số 16/2020/NĐ-CP", "16/2020/NĐ-CP", arts=["Điều 4"]),
        ND("Nghị định số 07/2025/NĐ-CP", "07/2025/NĐ-CP", arts=["Điều 4"]),
        L("Luật Quốc tịch Việt Nam", None, arts=["Điều 22"]),
        ND("Nghị định 78/2009/NĐ-CP", "78/2009/NĐ-CP"),
        L("Luật Quốc tịch Việt Nam", None),
        C("Thông tư liên tịch số 09/1998/TTLT-BGDĐT-BTP", "Thông tư liên tịch", "09/1998/TTLT-BGDĐT-BTP", arts=["Điều 1"]),
    ]},
    # Footnote: name-only law with a bare year; "điểm I" is OCR for "điểm i".
    {"id": "h307", "source": KT + ":959-959", "citations": [
        L("Luật Xây dựng 2014", None, arts=["điểm i khoản 2 Điều 98", "điểm k khoản 2 Điều 98"]),
    ]},
    {"id": "h308", "source": ATLD + ":123-123", "citations": [
        L("Luật Bảo hiểm xã hội năm 2014", None, arts=["điểm a khoản 1 Điều 2", "điểm b khoản 1 Điều 2", "điểm c khoản 1 Điều 2",
                                                       "điểm d khoản 1 Điều 2", "điểm đ khoản 1 Điều 2", "điểm e khoản 1 Điều 2",
                                                       "điểm h khoản 1 Điều 2"]),
    ]},
    # Circulars that issued technical regulations: the QCVN codes are not citations.
    {"id": "h309", "source": ATLD + ":3563-3563", "citations": [
        TT("Thông tư số 08/2011/TT-BLĐTBXH", "08/2011/TT-BLĐTBXH", issued="2011-04-22"),
        TT("Thông tư số 42/2013/TT-BLĐTBXH", "42/2013/TT-BLĐTBXH", issued="2013-12-30"),
        TT("Thông tư số 48/2016/TT-BLĐTBXH", "48/2016/TT-BLĐTBXH", issued="2016-12-28"),
    ]},
    # Non-citations only: a QCVN, standards (TCVN ISO/IEC ...), a scale 1:50.000, "Phụ lục 10".
    {"id": "h310", "source": CL + ":772-772,818-818", "citations": []},
    {"id": "h311", "source": DD + ":3567-3567,3759-3759", "citations": []},
    {"id": "h312", "source": QP + ":6416-6416", "citations": []},
    # An ordinance by name and date, ended by "Luật này" (internal).
    {"id": "h313", "source": CL + ":2252-2252", "citations": [
        PL("Pháp lệnh Chất lượng hàng hóa", None, issued="1999-12-24"),
    ]},
    # Old-style number "112/KT"; issuer a department head.
    {"id": "h314", "source": DD + ":4851-4851,4875-4875", "citations": [
        QD("Quyết định số 112/KT", "112/KT", issued="1989-05-15", issuer="Cục Đo đạc và Bản đồ Nhà nước"),
        QD("Quyết định số 2826/QĐ-BTNMT", "2826/QĐ-BTNMT", issued="2008-12-31", issuer="Bộ Tài nguyên và Môi trường"),
    ]},
    # The mirror repeats the number ("Nghị định số 33/2022/NĐ-CP Nghị định 33/2022/NĐ-CP ..."); name-only ordinance.
    {"id": "h315", "source": QLTT + ":47-47,1392-1392,1404-1404", "citations": [
        ND("Nghị định số 33/2022/NĐ-CP", "33/2022/NĐ-CP", arts=["Điều 1"]),
        ND("Nghị định 33/2022/NĐ-CP", "33/2022/NĐ-CP"),
        PL("Pháp lệnh Quản lý thị trường", None),
        PL("Pháp lệnh Quản lý thị trường", None, arts=["Điều 12", "Điều 17"]),
        PL("Pháp lệnh Quản lý thị trường", None, arts=["điểm b khoản 1 Điều 13"]),
    ]},
    {"id": "h316", "source": QLTT + ":3588-3588", "citations": [
        ND("Nghị định số 148/2016/NĐ-CP", "148/2016/NĐ-CP", issued="2016-11-04", issuer=CP),
        PL("Pháp lệnh Quản lý thị trường", None),
        ND("Nghị định số 78/2019/NĐ-CP", "78/2019/NĐ-CP", issued="2019-10-14", issuer=CP),
        ND("Nghị định số 148/2016/NĐ-CP", "148/2016/NĐ-CP", issued="2016-11-04", issuer=CP),
        PL("Pháp lệnh Quản lý thị trường", None),
    ]},
    # An ordinance whose name contains a semicolon.
    {"id": "h317", "source": CPTT + ":49-49", "citations": [
        PL("Pháp lệnh Chi phí giám định, định giá; chi phí cho người làm chứng, người phiên dịch trong tố tụng", None,
           arts=["Điều 9", "Điều 35", "Điều 46", "Điều 52", "Điều 57"]),
    ]},
    # "các Nghị định số 26/2009/NĐ-CP ... và số 113/2011/NĐ-CP": the second spans the number.
    {"id": "h318", "source": TTDB + ":1234-1234", "citations": [
        ND("Nghị định số 26/2009/NĐ-CP", "26/2009/NĐ-CP", issued="2009-03-16"),
        ND("113/2011/NĐ-CP", "113/2011/NĐ-CP", issued="2011-12-08", issuer=CP),
        L("Luật Thuế tiêu thụ đặc biệt", None),
    ]},
    {"id": "h319", "source": CBS + ":885-885", "citations": [
        ND("Nghị định số 79/2007/NĐ-CP", "79/2007/NĐ-CP", issued="2007-05-18", issuer=CP),
        ND("Nghị định số 04/2012/NĐ-CP", "04/2012/NĐ-CP", issued="2012-01-20", issuer=CP),
        ND("Nghị định số 79/2007/NĐ-CP", "79/2007/NĐ-CP", arts=["Điều 5"], issued="2007-05-18"),
        ND("Nghị định số 06/2012/NĐ-CP", "06/2012/NĐ-CP", arts=["Điều 4"], issued="2012-02-02", issuer=CP),
        ND("Nghị định số 75/2000/NĐ-CP", "75/2000/NĐ-CP", issued="2000-12-08", issuer=CP),
    ]},
    {"id": "h320", "source": QP + ":7252-7252", "citations": [
        QD("Quyết định số 69/2007/QĐ-BGDĐT", "69/2007/QĐ-BGDĐT", issued="2007-11-14", issuer="Bộ Giáo dục và Đào tạo"),
    ]},
    {"id": "h321", "source": TNDN + ":4264-4266", "citations": [
        ND("Nghị định số 218/2013/NĐ-CP", "218/2013/NĐ-CP"),
        TT("Thông tư số 78/2014/TT-BTC", "78/2014/TT-BTC"),
        TT("Thông tư số 123/2012/TT-BTC", "123/2012/TT-BTC", issued="2012-07-27", issuer="Bộ Tài chính"),
    ]},
]

RELATIONS = [
    # One-sentence effect clauses from codified documents: the document is the one the sentence belongs to.
    {"id": "hr22", "source": TVPL + ":971-971", "title": None, "relations": [
        ("replaces", "04/2003/TT-BTP", []),
    ]},
    {"id": "hr23", "source": ATLD + ":3561-3563", "title": None, "relations": [
        ("expires", "08/2011/TT-BLĐTBXH", []),
        ("expires", "42/2013/TT-BLĐTBXH", []),
        ("expires", "48/2016/TT-BLĐTBXH", []),
    ]},
    {"id": "hr24", "source": CL + ":2252-2252", "title": None, "relations": [
        ("expires", "Pháp lệnh Chất lượng hàng hóa", []),
    ]},
    {"id": "hr25", "source": DD + ":4851-4851", "title": None, "relations": [
        ("replaces", "112/KT", []),
    ]},
    {"id": "hr26", "source": DD + ":4875-4875", "title": None, "relations": [
        ("replaces", "2826/QĐ-BTNMT", []),
    ]},
    {"id": "hr27", "source": QLTT + ":3588-3588", "title": None, "relations": [
        ("replaces", "148/2016/NĐ-CP", []),
        ("replaces", "78/2019/NĐ-CP", []),
    ]},
    {"id": "hr28", "source": TTDB + ":1234-1234", "title": None, "relations": [
        ("replaces", "26/2009/NĐ-CP", []),
        ("replaces", "113/2011/NĐ-CP", []),
    ]},
    # Replacing a named article is a replacement of that article; replacing "các quy định về ... tại"
    # a decree (unnamed part) is an amendment.
    {"id": "hr29", "source": CBS + ":885-885", "title": None, "relations": [
        ("replaces", "79/2007/NĐ-CP", []),
        ("replaces", "04/2012/NĐ-CP", []),
        ("replaces", "06/2012/NĐ-CP", ["Điều 4"]),
        ("amends", "75/2000/NĐ-CP", []),
    ]},
    {"id": "hr30", "source": QP + ":7252-7252", "title": None, "relations": [
        ("replaces", "69/2007/QĐ-BGDĐT", []),
    ]},
    {"id": "hr31", "source": TNDN + ":4266-4266", "title": None, "relations": [
        ("replaces", "123/2012/TT-BTC", []),
    ]},
]
