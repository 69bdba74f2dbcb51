# Procedure-style passages (written by hand; documents, numbers, dates and units as the corpus gives them).
from cits import C
LDDT = lambda: C('Luật Đất đai', 'Luật', None, 'Luật Đất đai', [], in_title=True)
LQLT = lambda: C('Luật Quản lý thuế', 'Luật', None, 'Luật Quản lý thuế', [], in_title=True)
PROC = [
 dict(source='written procedure-style section; documents cited occur in phapdien/dat-dai-dau-tu__nghi-dinh-49-2026-nd-cp-thao-go-kho-khan-thi-hanh-luat-dat-dai.md',
  text="""**2. VĂN BẢN ÁP DỤNG**

| TT | Số, ký hiệu | Trích yếu |
|---|---|---|
| 1 | Luật số 31/2024/QH15 | Luật Đất đai |
| 2 | Điều 7, Điều 8 Nghị quyết số 254/2025/QH15 | Quy định một số cơ chế, chính sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai |
| 3 | Điều 13, Điều 14 Nghị định số 71/2024/NĐ-CP | Quy định về giá đất |
| 4 | Nghị định số 49/2026/NĐ-CP | Quy định chi tiết và hướng dẫn một số điều của Nghị quyết số 254/2025/QH15 |
| 5 | TCVN ISO 9001:2015 | Hệ thống quản lý chất lượng - Các yêu cầu |

**3. ĐỊNH NGHĨA, TỪ VIẾT TẮT**""",
  cits=[C('Luật số 31/2024/QH15', 'Luật', '31/2024/QH15'), LDDT(),
        C('Nghị quyết số 254/2025/QH15', 'Nghị quyết', '254/2025/QH15', None, ['Điều 7', 'Điều 8']), LDDT(),
        C('Nghị định số 71/2024/NĐ-CP', 'Nghị định', '71/2024/NĐ-CP', None, ['Điều 13', 'Điều 14']),
        C('Nghị định số 49/2026/NĐ-CP', 'Nghị định', '49/2026/NĐ-CP'),
        C('Nghị quyết số 254/2025/QH15', 'Nghị quyết', '254/2025/QH15')]),
 dict(source='written procedure-style section; documents cited occur in documents/252-2026-nd-cp-huong-dan-luat-quan-ly-thue.md, documents/254-2026-nd-cp-huong-dan-luat-quan-ly-thue-ve-hoa-don-dien-tu-chung-tu-dien-tu.md',
  text="""## 3. TÀI LIỆU VIỆN DẪN

(1) Luật Quản lý thuế số 108/2025/QH15;
(2) Nghị định số 252/2026/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Quản lý thuế, gồm Điều 73;
(3) Nghị định số 68/2026/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 141/2026/NĐ-CP) (Điều 12, Điều 13);
(4) Nghị định số 254/2026/NĐ-CP ngày 30/6/2026 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Quản lý thuế về hóa đơn điện tử, chứng từ điện tử;
(5) Sổ tay chất lượng STCL-CT-01.""",
  cits=[C('Luật Quản lý thuế số 108/2025/QH15', 'Luật', '108/2025/QH15', 'Luật Quản lý thuế'),
        C('Nghị định số 252/2026/NĐ-CP', 'Nghị định', '252/2026/NĐ-CP', None, ['Điều 73'], None, 'Chính phủ'), LQLT(),
        C('Nghị định số 68/2026/NĐ-CP', 'Nghị định', '68/2026/NĐ-CP', None, ['Điều 12', 'Điều 13']),
        C('Nghị định số 141/2026/NĐ-CP', 'Nghị định', '141/2026/NĐ-CP'),
        C('Nghị định số 254/2026/NĐ-CP', 'Nghị định', '254/2026/NĐ-CP', None, [], '2026-06-30', 'Chính phủ'), LQLT()]),
 dict(source='written procedure-style section; documents cited occur in documents/thong-tu-82-2026-tt-bqp-che-do-gap-nhan-qua-lien-lac-cua-pham-nhan.md',
  text="""Cơ sở pháp lý:
• Luật số 127/2025/QH15 (khoản 5 Điều 49, khoản 1 và khoản 2 Điều 51);
• Thông tư số 82/2026/TT-BQP của Bộ Quốc phòng;
• Biểu mẫu BM-GN-03 kèm theo quy trình này.""",
  cits=[C('Luật số 127/2025/QH15', 'Luật', '127/2025/QH15', None, ['khoản 5 Điều 49', 'khoản 1 Điều 51', 'khoản 2 Điều 51']),
        C('Thông tư số 82/2026/TT-BQP', 'Thông tư', '82/2026/TT-BQP', None, [], None, 'Bộ Quốc phòng')]),
 dict(source='written procedure-style section; documents cited occur in documents/nghi-dinh-283-2026-nd-cp-xu-phat-lao-dong-bhxh.md',
  text="""II. VĂN BẢN ÁP DỤNG
a) Nghị định số 219/2025/NĐ-CP ngày 07 tháng 8 năm 2025 của Chính phủ quy định về người lao động nước ngoài làm việc tại Việt Nam (khoản 1, khoản 2 Điều 33);
b) Nghị định số 283/2026/NĐ-CP ngày 15 tháng 7 năm 2026 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội, người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng;
c) Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14;
d) Luật An toàn, vệ sinh lao động số 84/2015/QH13.
III. NỘI DUNG QUY TRÌNH""",
  cits=[C('Nghị định số 219/2025/NĐ-CP', 'Nghị định', '219/2025/NĐ-CP', None, ['khoản 1 Điều 33', 'khoản 2 Điều 33'], '2025-08-07', 'Chính phủ'),
        C('Nghị định số 283/2026/NĐ-CP', 'Nghị định', '283/2026/NĐ-CP', None, [], '2026-07-15', 'Chính phủ'),
        C('Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14', 'Luật', '69/2020/QH14', 'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng'),
        C('Luật An toàn, vệ sinh lao động số 84/2015/QH13', 'Luật', '84/2015/QH13', 'Luật An toàn, vệ sinh lao động')]),
 dict(source='written procedure-style section; documents cited occur in phapdien/dat-dai-dau-tu__nghi-dinh-50-2026-nd-cp-huong-dan-nghi-quyet-254-tien-su-dung-dat-tien-thue-dat.md',
  text="""### 1.2. Căn cứ pháp lý
- Nghị quyết số 254/2025/QH15 ngày 11 tháng 12 năm 2025 của Quốc hội (khoản 7 Điều 7, khoản 1 Điều 10);
- Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất, đã được sửa đổi, bổ sung bởi Nghị định số 291/2025/NĐ-CP và Nghị định số 50/2026/NĐ-CP;
- Nghị định số 50/2026/NĐ-CP của Chính phủ quy định chi tiết một số điều của Nghị quyết số 254/2025/QH15, gồm Điều 9 và Điều 13;
- Luật Đất đai năm 2024 (khoản 2 Điều 201).
### 1.3. Phạm vi áp dụng""",
  cits=[C('Nghị quyết số 254/2025/QH15', 'Nghị quyết', '254/2025/QH15', None, ['khoản 7 Điều 7', 'khoản 1 Điều 10'], '2025-12-11', 'Quốc hội'),
        C('Nghị định số 103/2024/NĐ-CP', 'Nghị định', '103/2024/NĐ-CP', None, [], '2024-07-30', 'Chính phủ'),
        C('Nghị định số 291/2025/NĐ-CP', 'Nghị định', '291/2025/NĐ-CP'),
        C('Nghị định số 50/2026/NĐ-CP', 'Nghị định', '50/2026/NĐ-CP'),
        C('Nghị định số 50/2026/NĐ-CP', 'Nghị định', '50/2026/NĐ-CP', None, ['Điều 9', 'Điều 13'], None, 'Chính phủ'),
        C('Nghị quyết số 254/2025/QH15', 'Nghị quyết', '254/2025/QH15'),
        C('Luật Đất đai năm 2024', 'Luật', None, 'Luật Đất đai năm 2024', ['khoản 2 Điều 201'])]),
 dict(source='written procedure-style section; documents cited occur in phapdien/dau-tu__274-2026-nd-cp-lua-chon-nha-dau-tu-du-an-dau-tu-kinh-doanh.md',
  text="""| Mã hiệu | QT-ĐT-05 |
|---|---|
| Lần ban hành | 01 |
| Căn cứ pháp lý | Luật Đấu thầu số 22/2023/QH15 (được sửa đổi, bổ sung bởi Luật số 57/2024/QH15, Luật số 90/2025/QH15); Nghị định số 274/2026/NĐ-CP ngày 07/07/2026 của Chính phủ (Điều 13, Điều 51); Luật Đầu tư số 143/2025/QH15 |
| Đơn vị chủ trì | Phòng Kế hoạch - Đầu tư |""",
  cits=[C('Luật Đấu thầu số 22/2023/QH15', 'Luật', '22/2023/QH15', 'Luật Đấu thầu'),
        C('Luật số 57/2024/QH15', 'Luật', '57/2024/QH15'), C('Luật số 90/2025/QH15', 'Luật', '90/2025/QH15'),
        C('Nghị định số 274/2026/NĐ-CP', 'Nghị định', '274/2026/NĐ-CP', None, ['Điều 13', 'Điều 51'], '2026-07-07', 'Chính phủ'),
        C('Luật Đầu tư số 143/2025/QH15', 'Luật', '143/2025/QH15', 'Luật Đầu tư')]),
 dict(source='written procedure-style section; documents cited occur in phapdien/tai-nguyen__hoat-dong-vien-tham.md',
  text="""II. TÀI LIỆU VIỆN DẪN
1. Luật Đo đạc và bản đồ số 27/2018/QH14 ngày 14 tháng 6 năm 2018 của Quốc hội;
2. Nghị định số 03/2019/NĐ-CP ngày 04/01/2019 của Chính phủ về hoạt động viễn thám;
3. Nghị định số 73/2017/NĐ-CP ngày 14/6/2017 của Chính phủ về thu thập, quản lý, khai thác và sử dụng thông tin, dữ liệu tài nguyên và môi trường, gồm khoản 5 Điều 10;
4. Quyết định số 30/2014/QĐ-TTg ngày 26/4/2014 của Thủ tướng Chính phủ về việc quản lý, vận hành và khai thác vệ tinh quan sát trái đất đầu tiên của Việt Nam VNREDSat-1 (Điều 5, Điều 7).""",
  cits=[C('Luật Đo đạc và bản đồ số 27/2018/QH14', 'Luật', '27/2018/QH14', 'Luật Đo đạc và bản đồ', [], '2018-06-14', 'Quốc hội'),
        C('Nghị định số 03/2019/NĐ-CP', 'Nghị định', '03/2019/NĐ-CP', None, [], '2019-01-04', 'Chính phủ'),
        C('Nghị định số 73/2017/NĐ-CP', 'Nghị định', '73/2017/NĐ-CP', None, ['khoản 5 Điều 10'], '2017-06-14', 'Chính phủ'),
        C('Quyết định số 30/2014/QĐ-TTg', 'Quyết định', '30/2014/QĐ-TTg', None, ['Điều 5', 'Điều 7'], '2014-04-26', 'Thủ tướng Chính phủ')]),
]
