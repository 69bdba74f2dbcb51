"""Hand-written legal-basis sections in the style of agency ISO procedures ("derived": "procedure-style").

Written for this set, as a QMS coordinator would type them: lists and tables, lower case, ND-CP,
NĐCP, "16/2020/ NĐ-CP", Ð (U+00D0) typed for Đ, name-only laws with a year, pinpoints before the
document, abbreviations (NĐ, TT), procedure codes, standards and form codes that are not citations.
Every document cited occurs in the shared corpus (the file is named in "source")."""


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


CP = "Chính phủ"
ETH = "\u00d0"
W = "written procedure-style section; documents cited occur in "

CITATIONS = [
    {"id": "p01", "derived": "procedure-style", "source": W + "phapdien/hanh-chinh-tu-phap__ly-lich-tu-phap.md",
     "text": (
         "QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP\n"
         "Mã hiệu: QT-TP-05    Lần ban hành: 03    Ngày hiệu lực: 15/8/2026\n\n"
         "4. CĂN CỨ PHÁP LÝ\n"
         "- Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009;\n"
         "- Nghị định số 111/2010/ND-CP ngày 23/11/2010 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp;\n"
         "- Thông tư 13/2011/TT-BTP ngày 27/6/2011 của Bộ Tư pháp về việc ban hành và hướng dẫn sử dụng biểu mẫu và mẫu sổ lý lịch tư pháp;\n"
         "- Tiêu chuẩn quốc gia TCVN ISO 9001:2015.\n"),
     "citations": [
        L("Luật Lý lịch tư pháp số 28/2009/QH12", "28/2009/QH12", issued="2009-06-17"),
        ND("Nghị định số 111/2010/ND-CP", "111/2010/NĐ-CP", issued="2010-11-23", issuer=CP),
        L("Luật Lý lịch tư pháp", None),
        TT("Thông tư 13/2011/TT-BTP", "13/2011/TT-BTP", issued="2011-06-27", issuer="Bộ Tư pháp"),
     ]},
    {"id": "p02", "derived": "procedure-style", "source": W + "phapdien/hanh-chinh-tu-phap__quoc-tich-viet-nam.md",
     "text": (
         "5. Căn cứ pháp lý\n"
         "| STT | Văn bản |\n"
         "|---|---|\n"
         "| 1 | Luật Quốc tịch Việt Nam năm 2008 |\n"
         "| 2 | Nghị định số 16/2020/ NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Quốc tịch Việt Nam |\n"
         "| 3 | Nghị định số 07/2025/NĐ-CP (sửa đổi Điều 4 Nghị định 16/2020/NĐ-CP) |\n"
         "| 4 | Thông tư số 02/2020/TT-BTP của Bộ trưởng Bộ Tư pháp |\n"
         "| 5 | Thông tư liên tịch số 09/1998/TTLT-BGDĐT-BTP hướng dẫn việc cấp giấy chứng nhận trình độ tiếng Việt |\n"),
     "citations": [
        L("Luật Quốc tịch Việt Nam năm 2008", None),
        ND("Nghị định số 16/2020/ NĐ-CP", "16/2020/NĐ-CP", issuer=CP),
        L("Luật Quốc tịch Việt Nam", None),
        ND("Nghị định số 07/2025/NĐ-CP", "07/2025/NĐ-CP"),
        ND("Nghị định 16/2020/NĐ-CP", "16/2020/NĐ-CP", arts=["Điều 4"]),
        TT("Thông tư số 02/2020/TT-BTP", "02/2020/TT-BTP", issuer="Bộ Tư pháp"),
        C("Thông tư liên tịch số 09/1998/TTLT-BGDĐT-BTP", "Thông tư liên tịch", "09/1998/TTLT-BGDĐT-BTP"),
     ]},
    {"id": "p03", "derived": "procedure-style", "source": W + "phapdien/thue__91-2026-tt-btc-hoa-don-dien-tu.md",
     "text": (
         "III. TÀI LIỆU VIỆN DẪN\n"
         "1. luật quản lý thuế số 108/2025/qh15;\n"
         "2. nghị định số 254/2026/nđ-cp của chính phủ quy định về hóa đơn, chứng từ điện tử;\n"
         "3. Nghị định 123/2020/NĐ-CP ngày 19/10/2020 (hết hiệu lực từ 01/7/2026);\n"
         "4. Thông tư 91/2026/TT-BTC;\n"
         "5. Thông tư số 32/2025/TT-BTC ngày 31/5/2025 của Bộ Tài chính.\n"),
     "citations": [
        L("luật quản lý thuế số 108/2025/qh15", "108/2025/QH15", title_hint="luật quản lý thuế"),
        ND("nghị định số 254/2026/nđ-cp", "254/2026/NĐ-CP", issuer=CP),
        ND("Nghị định 123/2020/NĐ-CP", "123/2020/NĐ-CP", issued="2020-10-19"),
        TT("Thông tư 91/2026/TT-BTC", "91/2026/TT-BTC"),
        TT("Thông tư số 32/2025/TT-BTC", "32/2025/TT-BTC", issued="2025-05-31", issuer="Bộ Tài chính"),
     ]},
    {"id": "p04", "derived": "procedure-style", "source": W + "documents/nghi-dinh-228-2026-nd-cp-sua-doi-xu-phat-vphc-do-dac-ban-do.md",
     "text": (
         "2. CĂN CỨ\n"
         "- Luật Đo đạc và bản đồ năm 2018 (được sửa đổi, bổ sung bởi Luật số 84/2025/QH15 và Luật số 146/2025/QH15);\n"
         "- Nghị định số 18/2020/NĐCP ngày 11/02/2020 của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực đo đạc và bản đồ; NĐ 04/2022/NĐ-CP sửa đổi, bổ sung;\n"
         "- khoản 2 Điều 14 Nghị định số 18/2020/NĐ-CP (thẩm quyền xử phạt của Chủ tịch UBND cấp huyện);\n"
         "- Nghị định 228/2026/NĐ-CP ngày 25/6/2026.\n"),
     "citations": [
        L("Luật Đo đạc và bản đồ năm 2018", None),
        L("Luật số 84/2025/QH15", "84/2025/QH15"),
        L("Luật số 146/2025/QH15", "146/2025/QH15"),
        ND("Nghị định số 18/2020/NĐCP", "18/2020/NĐ-CP", issued="2020-02-11", issuer=CP),
        ND("NĐ 04/2022/NĐ-CP", "04/2022/NĐ-CP"),
        ND("Nghị định số 18/2020/NĐ-CP", "18/2020/NĐ-CP", arts=["khoản 2 Điều 14"]),
        ND("Nghị định 228/2026/NĐ-CP", "228/2026/NĐ-CP", issued="2026-06-25"),
     ]},
    {"id": "p05", "derived": "procedure-style", "source": W + "phapdien/y-te-duoc__nghi-dinh-165-2026-nd-cp-phong-benh.md",
     "text": (
         "CĂN CỨ PHÁP LÝ:\n"
         "1) Luật Phòng bệnh số 114/2025/QH15;\n"
         "2) Nghị định 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng (đã được sửa đổi, bổ sung bởi Nghị định 13/2024/NĐ-CP);\n"
         "3) Nghị định số 165/2026/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Phòng bệnh;\n"
         "4) Quyết định số 56/2010/QĐ-TTG về thẩm quyền thành lập ban chỉ đạo chống dịch các cấp;\n"
         "5) Sổ tay chất lượng ST-01 và Quy trình kiểm soát tài liệu QT-01.\n"),
     "citations": [
        L("Luật Phòng bệnh số 114/2025/QH15", "114/2025/QH15"),
        ND("Nghị định 104/2016/NĐ-CP", "104/2016/NĐ-CP", issued="2016-07-01", issuer=CP),
        ND("Nghị định 13/2024/NĐ-CP", "13/2024/NĐ-CP"),
        ND("Nghị định số 165/2026/NĐ-CP", "165/2026/NĐ-CP"),
        L("Luật Phòng bệnh", None),
        QD("Quyết định số 56/2010/QĐ-TTG", "56/2010/QĐ-TTg"),
     ]},
    {"id": "p06", "derived": "procedure-style", "source": W + "phapdien/giao-duc-dao-tao__nghi-dinh-182-2026-nd-cp-quy-dinh-che-do-phu-cap-uu-dai-doi-voi-nha-giao-can-bo-quan-ly-giao-duc.md",
     "text": (
         "VI. CƠ SỞ PHÁP LÝ\n"
         "Luật Giáo dục 2019; Luật Nhà giáo số 73/2025/QH15; Nghị định số 182/2026/NĐ-CP ngày 22/5/2026 của Chính phủ quy định chế độ phụ cấp ưu đãi theo nghề; "
         "Điều 4, Điều 5 Nghị định số 113/2015/NĐ-CP (phụ cấp đặc thù, đã bị bãi bỏ từ 07/7/2026); Quyết định 244/2005/QĐ-TTg (đã bãi bỏ).\n"),
     "citations": [
        L("Luật Giáo dục 2019", None),
        L("Luật Nhà giáo số 73/2025/QH15", "73/2025/QH15"),
        ND("Nghị định số 182/2026/NĐ-CP", "182/2026/NĐ-CP", issued="2026-05-22", issuer=CP),
        ND("Nghị định số 113/2015/NĐ-CP", "113/2015/NĐ-CP", arts=["Điều 4", "Điều 5"]),
        QD("Quyết định 244/2005/QĐ-TTg", "244/2005/QĐ-TTg"),
     ]},
    {"id": "p07", "derived": "procedure-style", "source": W + "phapdien/thu-y__nghi-dinh-204-2026-nd-cp-xu-phat-vi-pham-hanh-chinh-linh-vuc-thu-y.md",
     "text": (
         "2. Căn cứ pháp lý\n"
         "- Luật Thú y số 79/2015/QH13;\n"
         "- Luật xử lý vi phạm hành chính năm 2012 (sửa đổi, bổ sung năm 2020);\n"
         "- Nghị định số 90/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thú y;\n"
         "- Nghị định số 204/2026/ NĐ-CP ngày 11/6/2026 thay thế Nghị định 90/2017/NĐ-CP.\n"),
     "citations": [
        L("Luật Thú y số 79/2015/QH13", "79/2015/QH13"),
        L("Luật xử lý vi phạm hành chính năm 2012", None),
        ND("Nghị định số 90/2017/NĐ-CP", "90/2017/NĐ-CP", issued="2017-07-31", issuer=CP),
        ND("Nghị định số 204/2026/ NĐ-CP", "204/2026/NĐ-CP", issued="2026-06-11"),
        ND("Nghị định 90/2017/NĐ-CP", "90/2017/NĐ-CP"),
     ]},
    {"id": "p08", "derived": "procedure-style", "source": W + "phapdien/xay-dung__thong-tu-28-2026-tt-bxd-dang-kiem-phuong-tien-thuy-noi-dia.md",
     "text": (
         "4. TÀI LIỆU VIỆN DẪN VÀ CĂN CỨ PHÁP LÝ\n"
         "4.1. TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu.\n"
         "4.2. Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số 48/2014/QH13.\n"
         "4.3. Thông tư số 28/2026/TT-BXD ngày 10/6/2026 của Bộ trưởng Bộ Xây dựng quy định về đăng kiểm phương tiện thủy nội địa (thay thế TT 48/2015/TT-BGTVT).\n"
         "4.4. Các biểu mẫu ban hành kèm theo quy trình này (BM-01, BM-02).\n"),
     "citations": [
        L("Luật Giao thông đường thủy nội địa số 23/2004/QH11", "23/2004/QH11"),
        L("Luật số 48/2014/QH13", "48/2014/QH13"),
        TT("Thông tư số 28/2026/TT-BXD", "28/2026/TT-BXD", issued="2026-06-10", issuer="Bộ Xây dựng"),
        TT("TT 48/2015/TT-BGTVT", "48/2015/TT-BGTVT"),
     ]},
    {"id": "p09", "derived": "procedure-style", "source": W + "documents/thong-tu-70-2026-tt-btc-tai-san-ha-tang-duong-bo.md",
     "text": (
         "Căn cứ pháp lý:\n"
         f"+ Nghị định số 44/2024/N{ETH}-CP ngày 24/4/2024 của Chính phủ quy định việc quản lý, sử dụng và khai thác tài sản kết cấu hạ tầng đường bộ;\n"
         f"+ Nghị định số 99/2026/N{ETH}-CP ngày 31/3/2026 sửa đổi, bổ sung một số điều của Nghị định số 44/2024/N{ETH}-CP;\n"
         "+ Thông tư số 74/2024/TT-BTC (hết hiệu lực, được thay thế bởi Thông tư số 70/2026/TT-BTC ngày 23/6/2026 của Bộ Tài chính);\n"
         f"+ khoản 3 Điều 2, Điều 12 Nghị định 44/2024/N{ETH}-CP.\n"),
     "citations": [
        ND("Nghị định số 44/2024/NĐ-CP", "44/2024/NĐ-CP", issued="2024-04-24", issuer=CP),
        ND("Nghị định số 99/2026/NĐ-CP", "99/2026/NĐ-CP", issued="2026-03-31"),
        ND("Nghị định số 44/2024/NĐ-CP", "44/2024/NĐ-CP"),
        TT("Thông tư số 74/2024/TT-BTC", "74/2024/TT-BTC"),
        TT("Thông tư số 70/2026/TT-BTC", "70/2026/TT-BTC", issued="2026-06-23", issuer="Bộ Tài chính"),
        ND("Nghị định 44/2024/NĐ-CP", "44/2024/NĐ-CP", arts=["khoản 3 Điều 2", "Điều 12"]),
     ]},
    {"id": "p10", "derived": "procedure-style", "source": W + "phapdien/lao-dong__161-2026-nd-cp-tang-luong-co-so.md",
     "text": (
         "CĂN CỨ:\n"
         "• Bộ luật Lao động năm 2019;\n"
         "• Nghị định số 204/2004/NĐ-CP của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng vũ trang;\n"
         "• Nghị định số 73/2024/ NĐ-CP ngày 30/6/2024 (hết hiệu lực từ 01/7/2026);\n"
         "• Nghị định số 161/2026/NĐ-CP ngày 15/5/2026 quy định mức lương cơ sở;\n"
         "• Thông tư số 13/2026/TT-BNV hướng dẫn thực hiện mức lương cơ sở.\n"),
     "citations": [
        C("Bộ luật Lao động năm 2019", "Bộ luật", None),
        ND("Nghị định số 204/2004/NĐ-CP", "204/2004/NĐ-CP", issuer=CP),
        ND("Nghị định số 73/2024/ NĐ-CP", "73/2024/NĐ-CP", issued="2024-06-30"),
        ND("Nghị định số 161/2026/NĐ-CP", "161/2026/NĐ-CP", issued="2026-05-15"),
        TT("Thông tư số 13/2026/TT-BNV", "13/2026/TT-BNV"),
     ]},
    {"id": "p11", "derived": "procedure-style", "source": W + "phapdien/thuong-mai-dau-tu-chung-khoan__quan-ly-thi-truong.md",
     "text": (
         "Căn cứ pháp lý của quy trình: Pháp lệnh Quản lý thị trường năm 2016; Nghị định số 33/2022/NĐ-CP ngày 27/5/2022 của Chính phủ quy định chi tiết một số điều của "
         "Pháp lệnh Quản lý thị trường; điểm b khoản 1 Điều 13 Pháp lệnh Quản lý thị trường; Thông tư số 35/2018/TT-BCT (nay đã được thay thế).\n"),
     "citations": [
        PL("Pháp lệnh Quản lý thị trường năm 2016", None),
        ND("Nghị định số 33/2022/NĐ-CP", "33/2022/NĐ-CP", issued="2022-05-27", issuer=CP),
        PL("Pháp lệnh Quản lý thị trường", None),
        PL("Pháp lệnh Quản lý thị trường", None, arts=["điểm b khoản 1 Điều 13"]),
        TT("Thông tư số 35/2018/TT-BCT", "35/2018/TT-BCT"),
     ]},
    {"id": "p12", "derived": "procedure-style", "source": W + "phapdien/khoa-hoc-cong-nghe__chat-luong-san-pham-hang-hoa.md",
     "text": (
         "3. Căn cứ pháp lý\n"
         "a) Luật Chất lượng sản phẩm, hàng hóa năm 2007 và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật năm 2006;\n"
         "b) Nghị định 37/2026/NĐ-CP hướng dẫn Luật Chất lượng sản phẩm, hàng hóa;\n"
         "c) Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN ngày 03/3/2010;\n"
         "d) QCVN 2:2008/BKHCN về mũ bảo hiểm cho người đi mô tô, xe máy; TCVN ISO/IEC 17025:2017.\n"),
     "citations": [
        L("Luật Chất lượng sản phẩm, hàng hóa năm 2007", None),
        L("Luật Tiêu chuẩn và Quy chuẩn kỹ thuật năm 2006", None),
        ND("Nghị định 37/2026/NĐ-CP", "37/2026/NĐ-CP"),
        L("Luật Chất lượng sản phẩm, hàng hóa", None),
        C("Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN", "Thông tư liên tịch", "28/2010/TTLT-BTC-BKHCN", issued="2010-03-03"),
     ]},
    {"id": "p13", "derived": "procedure-style", "source": W + "phapdien/thue-phi-le-phi-cac-khoan-thu-khac__nghi-dinh-169-2026-nd-cp-xu-phat-hai-quan.md",
     "text": (
         "1.3 Văn bản pháp quy liên quan\n"
         "- Luật Hải quan 2014 (Luật số 54/2014/QH13);\n"
         "- Nghị định 128/2020/ND-CP ngày 19/10/2020 quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan;\n"
         "- Điều 2 Nghị định số 102/2021/NĐ-CP;\n"
         "- Nghị định số 169/2026/NĐ-CP thay thế Nghị định 128/2020/NĐ-CP từ ngày 01/7/2026.\n"),
     "citations": [
        L("Luật Hải quan 2014", None),
        L("Luật số 54/2014/QH13", "54/2014/QH13"),
        ND("Nghị định 128/2020/ND-CP", "128/2020/NĐ-CP", issued="2020-10-19"),
        ND("Nghị định số 102/2021/NĐ-CP", "102/2021/NĐ-CP", arts=["Điều 2"]),
        ND("Nghị định số 169/2026/NĐ-CP", "169/2026/NĐ-CP"),
        ND("Nghị định 128/2020/NĐ-CP", "128/2020/NĐ-CP"),
     ]},
    {"id": "p14", "derived": "procedure-style", "source": W + "phapdien/hanh-chinh-tu-phap__cap-ban-sao-tu-so-goc-chung-thuc-ban-sao-tu-ban-chinh-chung-thuc-chu-ky.md",
     "text": (
         "II. CĂN CỨ PHÁP LÝ\n"
         "1. Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch.\n"
         "2. Thông tư số 01/2020/TT-BTP của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP.\n"
         "3. Khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP về thẩm quyền chứng thực của UBND cấp xã.\n"),
     "citations": [
        ND("Nghị định số 23/2015/NĐ-CP", "23/2015/NĐ-CP", issued="2015-02-16", issuer=CP),
        TT("Thông tư số 01/2020/TT-BTP", "01/2020/TT-BTP", issuer="Bộ Tư pháp"),
        ND("Nghị định số 23/2015/NĐ-CP", "23/2015/NĐ-CP"),
        ND("Nghị định 23/2015/NĐ-CP", "23/2015/NĐ-CP", arts=["khoản 2 Điều 5"]),
     ]},
    {"id": "p15", "derived": "procedure-style", "source": W + "phapdien/noi-vu-hanh-chinh__thong-tu-09-2026-tt-bnv.md",
     "text": (
         "Căn cứ:\n"
         "- Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14;\n"
         "- Thông tư 21/2021/TT-BLĐTBXH ngày 15/12/2021 (đã được sửa đổi, bổ sung bởi các Thông tư 08/2023/TT-BLĐTBXH, 02/2024/TT-BLĐTBXH, 09/2025/TT-BNV và 09/2026/TT-BNV);\n"
         "- Điều 7 Thông tư 21/2021/TT-BLĐTBXH về mức trần giá dịch vụ theo hợp đồng môi giới.\n"),
     "citations": [
        L("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14", "69/2020/QH14"),
        TT("Thông tư 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH", issued="2021-12-15"),
        TT("Thông tư 08/2023/TT-BLĐTBXH", "08/2023/TT-BLĐTBXH"),
        TT("02/2024/TT-BLĐTBXH", "02/2024/TT-BLĐTBXH"),
        TT("09/2025/TT-BNV", "09/2025/TT-BNV"),
        TT("09/2026/TT-BNV", "09/2026/TT-BNV"),
        TT("Thông tư 21/2021/TT-BLĐTBXH", "21/2021/TT-BLĐTBXH", arts=["Điều 7"]),
     ]},
    {"id": "p16", "derived": "procedure-style", "source": W + "phapdien/thu-y__nghi-dinh-204-2026-nd-cp-xu-phat-vi-pham-hanh-chinh-linh-vuc-thu-y.md",
     "text": (
         "1. MỤC ĐÍCH, PHẠM VI\n"
         "Quy trình này được xây dựng theo quy định của Luật Xử lý vi phạm hành chính số 15/2012/QH13 (sửa đổi, bổ sung bởi Luật số 67/2020/QH14) "
         "và hướng dẫn tại Nghị định 118/2021/NĐ-CP; biên bản lập theo Mẫu số MBB01 ban hành kèm theo Nghị định số 118/2021/NĐ-CP, "
         "mức phạt đến 50.000.000 đồng, thời hạn giải quyết 07 ngày làm việc.\n"),
     "citations": [
        L("Luật Xử lý vi phạm hành chính số 15/2012/QH13", "15/2012/QH13"),
        L("Luật số 67/2020/QH14", "67/2020/QH14"),
        ND("Nghị định 118/2021/NĐ-CP", "118/2021/NĐ-CP"),
        ND("Nghị định số 118/2021/NĐ-CP", "118/2021/NĐ-CP"),
     ]},
]
