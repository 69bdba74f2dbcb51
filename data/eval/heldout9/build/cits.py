# Hand annotations of the real citation passages (heldout9). Citations are listed in text order.
PD = 'phapdien/'; DOC = 'documents/'
def C(surface, doc_type, number, title=None, arts=(), issued=None, issuer=None, in_title=False):
    return dict(surface=surface, doc_type=doc_type, number=number, title_hint=title, articles=list(arts),
                issued=issued, issuer=issuer, in_title=in_title)
NQ29 = lambda *a: C('Nghị quyết số 29/2026/QH16', 'Nghị quyết', '29/2026/QH16', None, a)
NQ170 = lambda *a: C('Nghị quyết số 170/2024/QH15', 'Nghị quyết', '170/2024/QH15', None, a)
NQ254 = lambda *a: C('Nghị quyết số 254/2025/QH15', 'Nghị quyết', '254/2025/QH15', None, a)
ND71 = lambda *a: C('Nghị định số 71/2024/NĐ-CP', 'Nghị định', '71/2024/NĐ-CP', None, a)
ND151 = C('Nghị định số 151/2025/NĐ-CP', 'Nghị định', '151/2025/NĐ-CP')
ND226 = C('Nghị định số 226/2025/NĐ-CP', 'Nghị định', '226/2025/NĐ-CP')
LDD = lambda *a: C('Luật Đất đai', 'Luật', None, 'Luật Đất đai', a)
NQ05 = lambda *a, s='Nghị quyết số 05/2025/NQ-CP': C(s, 'Nghị quyết', '05/2025/NQ-CP', None, a)
F147 = PD + 'dat-dai-dau-tu__nghi-dinh-147-2026.md'
F49 = PD + 'dat-dai-dau-tu__nghi-dinh-49-2026-nd-cp-thao-go-kho-khan-thi-hanh-luat-dat-dai.md'
F50 = PD + 'dat-dai-dau-tu__nghi-dinh-50-2026-nd-cp-huong-dan-nghi-quyet-254-tien-su-dung-dat-tien-thue-dat.md'
F284 = DOC + '284-2026-ND-CP-tai-san-ma-hoa.md'
FGS = PD + 'to-chuc-bo-may-nha-nuoc__hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan.md'
FQH = PD + 'to-chuc-bo-may-nha-nuoc__to-chuc-quoc-hoi.md'
FVT = PD + 'tai-nguyen__hoat-dong-vien-tham.md'
NQLT72 = lambda *a: C('Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch', '72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', None, a)
NQLT100 = C('Nghị quyết liên tịch số 100/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch', '100/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', None, ['Điều 1'])
NQLT525 = lambda *a: C('Nghị quyết liên tịch 525/2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch', '525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN', None, a)
L77 = C('Luật 77/2015/QH13', 'Luật', '77/2015/QH13', None, ['Điều 90'])
CITS = [
 dict(file=F147, ranges=[(182, 182), (184, 184), (188, 188), (190, 190)], cits=[
    NQ29('khoản 1 Điều 12'), NQ170('Điều 4'), NQ170('điểm a khoản 1 Điều 4'), NQ29('khoản 1 Điều 12'), NQ170('Điều 5'), NQ170('điểm a khoản 1 Điều 5')]),
 dict(file=F147, ranges=[(198, 198), (200, 200), (202, 202), (204, 204), (206, 206)], cits=[
    C('Nghị định số 76/2025/NĐ-CP', 'Nghị định', '76/2025/NĐ-CP', None, ['Điều 5', 'Điều 6']),
    NQ29('khoản 5 Điều 12'), NQ29('điểm c khoản 1 Điều 12'), NQ29(), NQ29('khoản 3 Điều 12'), NQ29('khoản 3 Điều 12'),
    C('Luật Đầu tư', 'Luật', None, 'Luật Đầu tư', ['điểm d khoản 4 Điều 23'])]),
 dict(file=F49, ranges=[(204, 204), (206, 206), (210, 210)], cits=[
    LDD('khoản 2 Điều 158', 'khoản 3 Điều 158'), NQ254('Điều 6'),
    LDD('điểm a khoản 5 Điều 158', 'điểm b khoản 5 Điều 158', 'điểm c khoản 5 Điều 158', 'điểm a khoản 6 Điều 158', 'điểm b khoản 6 Điều 158', 'điểm c khoản 6 Điều 158'),
    ND71('Điều 4', 'Điều 5', 'Điều 6'), ND151, ND226, ND71('Điều 8')]),
 dict(file=F49, ranges=[(238, 238), (240, 240), (242, 242), (244, 244)], cits=[
    ND71('Điều 18', 'Điều 20'), ND151, ND226, LDD('Điều 9'),
    C('Nghị định số 102/2024/NĐ-CP', 'Nghị định', '102/2024/NĐ-CP', None, ['Điều 4', 'Điều 5']),
    NQ254('khoản 6 Điều 3'), ND71('Điều 13', 'Điều 14'), ND151, ND226]),
 dict(file=F284, ranges=[(410, 415), (417, 418)], cits=[
    NQ05('điểm b khoản 6 Điều 8', 'điểm c khoản 6 Điều 8', 'điểm d khoản 6 Điều 8', 'điểm g khoản 6 Điều 8', 'điểm k khoản 6 Điều 8'),
    NQ05('khoản 8 Điều 9'), NQ05('khoản 6 Điều 8')]),
 dict(file=F284, ranges=[(430, 432), (438, 439)], cits=[NQ05('điểm e khoản 2 Điều 15'), NQ05('khoản 3 Điều 15')]),
 dict(file=F284, ranges=[(478, 480), (482, 486)], cits=[NQ05('điểm n khoản 2 Điều 15'), NQ05('điểm p khoản 2 Điều 15')]),
 dict(file=F284, ranges=[(491, 495), (497, 500)], cits=[
    NQ05('điểm c khoản 2 Điều 15', s='Nghị quyết số 05/2025/NQ-CP'), NQ05('khoản 1 Điều 6', 'khoản 2 Điều 6'),
    NQ05('điểm a khoản 1 Điều 16', 'điểm b khoản 1 Điều 16')]),
 dict(file=F50, ranges=[(91, 91), (93, 93), (95, 95), (97, 97), (99, 99), (101, 101), (103, 103), (105, 105)], cits=[
    NQ254('khoản 1 Điều 5', 'khoản 2 Điều 5', 'khoản 6 Điều 5'),
    NQ254('điểm b khoản 2 Điều 3', 'điểm đ khoản 13 Điều 3', 'khoản 10 Điều 4', 'khoản 2 Điều 10', 'điểm b khoản 3 Điều 10'),
    NQ254('điểm c khoản 9 Điều 4'), C('Luật Đất đai 2024', 'Luật', None, 'Luật Đất đai 2024'),
    NQ254('khoản 7 Điều 7'), C('Luật Đất đai 2024', 'Luật', None, 'Luật Đất đai 2024', ['điểm b khoản 3 Điều 33']),
    NQ254('khoản 8 Điều 3'), NQ254('khoản 7 Điều 4'), NQ254('điểm a khoản 3 Điều 10'), NQ254('khoản 1 Điều 10')]),
 dict(file=DOC + 'thong-tu-82-2026-tt-bqp-che-do-gap-nhan-qua-lien-lac-cua-pham-nhan.md', ranges=[(204, 205), (354, 355), (369, 370), (471, 471)], cits=[
    C('Luật số 127/2025/QH15', 'Luật', '127/2025/QH15', None, ['khoản 5 Điều 49']),
    C('Luật số 127/2025/QHI15', 'Luật', '127/2025/QH15', None, ['khoản 1 Điều 51']),
    C('Luật số 127/2025/QHI5', 'Luật', '127/2025/QH15', None, ['khoản 2 Điều 51']),
    C('Luật số 127/2025/QH15', 'Luật', '127/2025/QH15', None, ['khoản 1 Điều 45'])]),
 dict(file=DOC + '252-2026-nd-cp-huong-dan-luat-quan-ly-thue.md', ranges=[(2791, 2793), (3996, 3998), (6282, 6283)], cits=[
    C('Nghị định số 68/2026/NĐ-CP', 'Nghị định', '68/2026/NĐ-CP', None, ['khoản 1 Điều 12', 'khoản 2 Điều 12', 'khoản 3 Điều 12'], None, 'Chính phủ'),
    C('Nghị định số 141/2026/NĐ-CP', 'Nghị định', '141/2026/NĐ-CP'),
    C('Nghị định số 68/2026/NĐ-CP', 'Nghị định', '68/2026/NĐ-CP', None, ['Điều 13'], None, 'Chính phủ'),
    C('Luật Quản lý thuế', 'Luật', None, 'Luật Quản lý thuế', ['khoản 1 Điều 49'])]),
 dict(file=FGS, ranges=[(171, 171), (853, 853)], cits=[NQLT525('Điều 2'), L77]),
 dict(file=FGS, ranges=[(209, 209), (1149, 1149)], cits=[
    C('Luật 73/2006/QH11', 'Luật', '73/2006/QH11'), NQLT525('Điều 9'), NQLT525('Điều 2')]),
 dict(file=FGS, ranges=[(1975, 1975)], cits=[
    C('Nghị quyết 119/2020/QH14', 'Nghị quyết', '119/2020/QH14', None, ['Điều 2']),
    C('Nghị quyết 131/2020/QH14', 'Nghị quyết', '131/2020/QH14', None, ['Điều 2'])]),
 dict(file=FVT, ranges=[(533, 533)], cits=[
    C('Quyết định 30/2014/QĐ-TTg', 'Quyết định', '30/2014/QĐ-TTg', None, ['Điều %d' % i for i in range(1, 9)])]),
 dict(file=FVT, ranges=[(1162, 1162)], cits=[
    C('Thông tư 108/2017/TT-BTC', 'Thông tư', '108/2017/TT-BTC', None, ['Điều 1', 'Điều 2']),
    C('Thông tư số 187/2016/TT-BTC', 'Thông tư', '187/2016/TT-BTC', None, ['Điều 3'], '2016-11-08', 'Bộ Tài chính')]),
 dict(file=F49, ranges=[(182, 182), (374, 376), (885, 885), (889, 889)], cits=[
    NQ254('điểm b khoản 2 Điều 3', 'điểm đ khoản 13 Điều 3'), NQ254('điểm đ khoản 1 Điều 5'), NQ254('điểm d khoản 1 Điều 5', 'điểm e khoản 2 Điều 5'),
    ND71('điểm a khoản 2 Điều 4', 'điểm b khoản 2 Điều 4'), ND151, ND226,
    C('Nghị định số 151/2025/NĐ-CP', 'Nghị định', '151/2025/NĐ-CP', None, ['Mẫu số 30 Phụ lục II', 'Mẫu số 31 Phụ lục II'])]),
 dict(file=F50, ranges=[(169, 169), (223, 223)], cits=[
    C('Nghị quyết số 254/2025/QH15', 'Nghị quyết', '254/2025/QH15', None, [], None, 'Quốc hội'),
    C('Luật Đất đai', 'Luật', None, 'Luật Đất đai', [], in_title=True),
    C('Luật Đất đai năm 2024', 'Luật', None, 'Luật Đất đai năm 2024', ['khoản 2 Điều 201']),
    C('Nghị định số 102/2024/NĐ-CP', 'Nghị định', '102/2024/NĐ-CP', None, [], '2024-07-30', 'Chính phủ'),
    C('Luật Đất đai', 'Luật', None, 'Luật Đất đai', [], in_title=True)]),
 dict(file=DOC + 'nghi-dinh-283-2026-nd-cp-xu-phat-lao-dong-bhxh.md', ranges=[(630, 633), (635, 637)], cits=[
    C('Nghị định số 219/2025/NĐ-CP', 'Nghị định', '219/2025/NĐ-CP', None, ['khoản 1 Điều 33'], '2025-08-07', 'Chính phủ'),
    C('Nghị định số 219/2025/NĐ-CP', 'Nghị định', '219/2025/NĐ-CP', None, ['khoản 2 Điều 33'], '2025-08-07', 'Chính phủ')]),
 dict(file=F284, ranges=[(537, 540), (548, 550), (569, 572)], cits=[
    NQ05('khoản 1 Điều 13', 'khoản 2 Điều 13', 'khoản 5 Điều 13'), NQ05('khoản 9 Điều 13'), NQ05('điểm a khoản 7 Điều 13')]),
]
