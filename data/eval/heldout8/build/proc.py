from lib import c
L='Luật'; ND='Nghị định'; TT='Thông tư'; QD='Quyết định'
S='written procedure-style section; documents cited occur in phapdien/'
PROC = [
(S+'y-te-duoc__phong-chong-tac-hai-cua-ruou-bia.md',
"""## III. CĂN CỨ PHÁP LÝ

3.1. Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14 ngày 14/6/2019;
3.2. Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu (Điều 16, Điều 35);
3.3. Nghị định số 17/2020/NĐ-CP của Chính phủ (Điều 16);
3.4. Nghị định số 24/2020/NĐ-CP ngày 24/02/2020 của Chính phủ quy định chi tiết một số điều của Luật Phòng, chống tác hại của rượu, bia;
3.5. Thông tư số 15/2020/TT-BTC ngày 23/3/2020 của Bộ Tài chính;
3.6. TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu.""", [
  c('Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14',L,'44/2019/QH14','Luật Phòng, chống tác hại của rượu, bia',issued='2019-06-14'),
  c('Nghị định số 105/2017/NĐ-CP',ND,'105/2017/NĐ-CP',articles=['Điều 16','Điều 35'],issued='2017-09-14',issuer='Chính phủ'),
  c('Nghị định số 17/2020/NĐ-CP',ND,'17/2020/NĐ-CP',articles=['Điều 16'],issuer='Chính phủ'),
  c('Nghị định số 24/2020/NĐ-CP',ND,'24/2020/NĐ-CP',issued='2020-02-24',issuer='Chính phủ'),
  c('Luật Phòng, chống tác hại của rượu, bia',L,None,'Luật Phòng, chống tác hại của rượu, bia',in_title=True,nth=1),
  c('Thông tư số 15/2020/TT-BTC',TT,'15/2020/TT-BTC',issued='2020-03-23',issuer='Bộ Tài chính')],
 ['44/2019/QH14','105/2017/NĐ-CP','17/2020/NĐ-CP','24/2020/NĐ-CP','15/2020/TT-BTC']),
(S+'y-te-duoc__phong-chong-tac-hai-cua-thuoc-la.md',
"""**Cơ sở pháp lý:**
- Luật Phòng, chống tác hại của thuốc lá số 09/2012/QH13, được sửa đổi, bổ sung bởi Luật số 28/2018/QH14;
- Nghị định số 67/2013/NĐ-CP ngày 27/6/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá;
- Nghị định số 77/2013/NĐ-CP ngày 17/7/2013 của Chính phủ;
- Điều 6 và Điều 18 Thông tư số 21/2013/TT-BCT ngày 25/9/2013 của Bộ Công Thương.""", [
  c('Luật Phòng, chống tác hại của thuốc lá số 09/2012/QH13',L,'09/2012/QH13','Luật Phòng, chống tác hại của thuốc lá'),
  c('Luật số 28/2018/QH14',L,'28/2018/QH14'),
  c('Nghị định số 67/2013/NĐ-CP',ND,'67/2013/NĐ-CP',issued='2013-06-27',issuer='Chính phủ'),
  c('Luật Phòng, chống tác hại của thuốc lá',L,None,'Luật Phòng, chống tác hại của thuốc lá',in_title=True,nth=1),
  c('Nghị định số 77/2013/NĐ-CP',ND,'77/2013/NĐ-CP',issued='2013-07-17',issuer='Chính phủ'),
  c('Thông tư số 21/2013/TT-BCT',TT,'21/2013/TT-BCT',articles=['Điều 6','Điều 18'],issued='2013-09-25',issuer='Bộ Công Thương')], None),
(S+'bo-tro-tu-phap__tu-van-phap-luat.md',
"""4. TÀI LIỆU VIỆN DẪN
- Nghị định 77/2008/NĐ-CP ngày 16/7/2008 của Chính phủ về tư vấn pháp luật;
- Điều 5, Điều 6 Thông tư số 01/2010/TT-BTP (được sửa đổi, bổ sung bởi Điều 3 Thông tư số 19/2011/TT-BTP);
- Sổ tay chất lượng STCL-TP-01.""", [
  c('Nghị định 77/2008/NĐ-CP',ND,'77/2008/NĐ-CP',issued='2008-07-16',issuer='Chính phủ'),
  c('Thông tư số 01/2010/TT-BTP',TT,'01/2010/TT-BTP',articles=['Điều 5','Điều 6']),
  c('Thông tư số 19/2011/TT-BTP',TT,'19/2011/TT-BTP',articles=['Điều 3'])], None),
(S+'tai-nguyen__do-dac-va-ban-do.md',
"""II. CĂN CỨ THỰC HIỆN

a) Luật Đo đạc và bản đồ số 27/2018/QH14 ngày 14 tháng 6 năm 2018 của Quốc hội;

b) Nghị định số 27/2019/NĐ-CP ngày 13 tháng 3 năm 2019 của Chính phủ quy định chi tiết một số điều của Luật Đo đạc và bản đồ, đã được sửa đổi, bổ sung bởi Nghị định số 136/2021/NĐ-CP;

c) Thông tư số 03/2020/TT-BTNMT ngày 29 tháng 5 năm 2020 của Bộ Tài nguyên và Môi trường quy định kỹ thuật về mạng lưới trạm định vị vệ tinh quốc gia;

d) Quyết định số 83/2000/QĐ-TTg ngày 12 tháng 7 năm 2000 của Thủ tướng Chính phủ về sử dụng Hệ quy chiếu và Hệ tọa độ quốc gia Việt Nam.""", [
  c('Luật Đo đạc và bản đồ số 27/2018/QH14',L,'27/2018/QH14','Luật Đo đạc và bản đồ',issued='2018-06-14',issuer='Quốc hội'),
  c('Nghị định số 27/2019/NĐ-CP',ND,'27/2019/NĐ-CP',issued='2019-03-13',issuer='Chính phủ'),
  c('Luật Đo đạc và bản đồ',L,None,'Luật Đo đạc và bản đồ',in_title=True,nth=1),
  c('Nghị định số 136/2021/NĐ-CP',ND,'136/2021/NĐ-CP'),
  c('Thông tư số 03/2020/TT-BTNMT',TT,'03/2020/TT-BTNMT',issued='2020-05-29',issuer='Bộ Tài nguyên và Môi trường'),
  c('Quyết định số 83/2000/QĐ-TTg',QD,'83/2000/QĐ-TTg',issued='2000-07-12',issuer='Thủ tướng Chính phủ')], None),
(S+'y-te-duoc__phong-chong-benh-truyen-nhiem.md',
"""### 3. Căn cứ pháp lý

– Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12 ngày 21/11/2007;
– Nghị định số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng, được sửa đổi, bổ sung bởi Nghị định số 13/2024/NĐ-CP (Điều 3);
– Nghị định số 89/2018/NĐ-CP ngày 25/6/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật phòng, chống bệnh truyền nhiễm về kiểm dịch y tế biên giới;
– Quyết định số 02/2016/QĐ-TTg ngày 28/01/2016 của Thủ tướng Chính phủ quy định điều kiện công bố dịch, công bố hết dịch bệnh truyền nhiễm.

### 4. Định nghĩa và từ viết tắt""", [
  c('Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12',L,'03/2007/QH12','Luật Phòng, chống bệnh truyền nhiễm',issued='2007-11-21'),
  c('Nghị định số 104/2016/NĐ-CP',ND,'104/2016/NĐ-CP',articles=['Điều 3'],issued='2016-07-01',issuer='Chính phủ'),
  c('Nghị định số 13/2024/NĐ-CP',ND,'13/2024/NĐ-CP'),
  c('Nghị định số 89/2018/NĐ-CP',ND,'89/2018/NĐ-CP',issued='2018-06-25',issuer='Chính phủ'),
  c('Luật phòng, chống bệnh truyền nhiễm',L,None,'Luật phòng, chống bệnh truyền nhiễm',in_title=True),
  c('Quyết định số 02/2016/QĐ-TTg',QD,'02/2016/QĐ-TTg',issued='2016-01-28',issuer='Thủ tướng Chính phủ')],
 ['03/2007/QH12','104/2016/NĐ-CP','13/2024/NĐ-CP','89/2018/NĐ-CP','02/2016/QĐ-TTg']),
(S+'y-te-duoc__phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-nguoi.md',
"""Văn bản viện dẫn:
1. Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) số 64/2006/QH11, được sửa đổi, bổ sung bởi Luật số 71/2020/QH14;
2. Nghị định số 108/2007/NĐ-CP ngày 26/6/2007 của Chính phủ;
3. Khoản 1, khoản 2 Điều 23 Nghị định số 96/2012/NĐ-CP ngày 15/11/2012 của Chính phủ quy định về điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế;
4. Thông tư liên tịch số 25/2014/TTLT-BYT-BTC ngày 16/7/2014 của Bộ Y tế và Bộ Tài chính;
5. Thông tư số 01/2015/TT-BYT ngày 27/02/2015 của Bộ Y tế hướng dẫn tư vấn phòng, chống HIV/AIDS tại cơ sở y tế;
6. Biểu mẫu BM-HIV-02.""", [
  c('Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) số 64/2006/QH11',L,'64/2006/QH11','Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)'),
  c('Luật số 71/2020/QH14',L,'71/2020/QH14'),
  c('Nghị định số 108/2007/NĐ-CP',ND,'108/2007/NĐ-CP',issued='2007-06-26',issuer='Chính phủ'),
  c('Nghị định số 96/2012/NĐ-CP',ND,'96/2012/NĐ-CP',articles=['khoản 1 Điều 23','khoản 2 Điều 23'],issued='2012-11-15',issuer='Chính phủ'),
  c('Thông tư liên tịch số 25/2014/TTLT-BYT-BTC','Thông tư liên tịch','25/2014/TTLT-BYT-BTC',issued='2014-07-16',issuer='Bộ Y tế và Bộ Tài chính'),
  c('Thông tư số 01/2015/TT-BYT',TT,'01/2015/TT-BYT',issued='2015-02-27',issuer='Bộ Y tế')], None),
('written procedure-style section; documents cited occur in documents/thong-tu-13-2026-tt-bnv-luong-co-so.md',
"""**2. Căn cứ thực hiện:** khoản 1 Điều 7 Nghị định số 161/2026/NĐ-CP ngày 15/5/2026 của Chính phủ quy định mức lương cơ sở và chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang; Thông tư số 13/2026/TT-BNV ngày 29/5/2026 của Bộ Nội vụ hướng dẫn thực hiện mức lương cơ sở; Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ.""", [
  c('Nghị định số 161/2026/NĐ-CP',ND,'161/2026/NĐ-CP',articles=['khoản 1 Điều 7'],issued='2026-05-15',issuer='Chính phủ'),
  c('Thông tư số 13/2026/TT-BNV',TT,'13/2026/TT-BNV',issued='2026-05-29',issuer='Bộ Nội vụ'),
  c('Nghị định số 25/2025/NĐ-CP',ND,'25/2025/NĐ-CP',issued='2025-02-21',issuer='Chính phủ')], None),
]
