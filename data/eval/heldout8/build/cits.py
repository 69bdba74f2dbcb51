from lib import c
P='phapdien/'
L='Luật'; ND='Nghị định'; TT='Thông tư'; QD='Quyết định'; NQ='Nghị quyết'; PL='Pháp lệnh'
CP = [
(P+'bo-tro-tu-phap__luat-su.md', [(238,238),(2459,2459),(2493,2493)], [
  c('Nghị định 123/2013/NĐ-CP',ND,'123/2013/NĐ-CP',articles=['Điều 43']),
  c('Luật Luật sư',L,None,'Luật Luật sư',in_title=True),
  c('Nghị định 116/2005/NĐ-CP',ND,'116/2005/NĐ-CP',articles=['Điều 54']),
  c('Luật Cạnh tranh',L,None,'Luật Cạnh tranh',in_title=True),
  c('Nghị định 116/2005/NĐ-CP',ND,'116/2005/NĐ-CP',articles=['Điều 56'],nth=1),
  c('Luật Cạnh tranh',L,None,'Luật Cạnh tranh',in_title=True,nth=1)]),
(P+'hanh-chinh-tu-phap__cap-ban-sao-tu-so-goc-chung-thuc-ban-sao-tu-ban-chinh-chung-thuc-chu-ky.md', [(311,311),(475,475)], [
  c('Nghị định số 23/2015/NĐ-CP',ND,'23/2015/NĐ-CP',articles=['Điều 17']),
  c('Nghị định số 07/2025/NĐ-CP',ND,'07/2025/NĐ-CP',articles=['Điều 1']),
  c('Thông tư 20/2015/TT-BTP',TT,'20/2015/TT-BTP',articles=['Điều 3']),
  c('Nghị định số 23/2015/NĐ-CP',ND,'23/2015/NĐ-CP',issued='2015-02-16',issuer='Chính phủ',nth=1)]),
(P+'khoa-hoc-cong-nghe__chat-luong-san-pham-hang-hoa.md', [(37,37),(678,678),(1430,1430,'ban hành ngày 27/08/2012;')], [
  c('Nghị định 36/2016/NĐ-CP',ND,'36/2016/NĐ-CP',articles=['Điều 4']),
  c('Thông tư 26/2012/TT-BKHCN',TT,'26/2012/TT-BKHCN',articles=['Điều 3']),
  c('Luật 06/2007/QH12',L,'06/2007/QH12',articles=['Điều 27']),
  c('Thông tư 16/2012/TT-BKHCN',TT,'16/2012/TT-BKHCN',articles=['Điều 5'])]),
(P+'lao-dong__an-toan-ve-sinh-lao-dong.md', [(59,59),(923,923),(1047,1047)], [
  c('Thông tư 29/2021/TT-BLĐTBXH',TT,'29/2021/TT-BLĐTBXH',articles=['Điều 2']),
  c('Thông tư 24/2022/TT-BLĐTBXH',TT,'24/2022/TT-BLĐTBXH',articles=['Điều 2']),
  c('Thông tư 29/2021/TT-BLĐTBXH',TT,'29/2021/TT-BLĐTBXH',articles=['Điều 4','Điều 7'],nth=1),
  c('Thông tư 41/2016/TT-BLĐTBXH',TT,'41/2016/TT-BLĐTBXH',articles=['Điều 3'])]),
(P+'tai-nguyen__do-dac-va-ban-do.md', [(778,778),(844,844),(902,902),(1024,1024)], [
  c('Thông tư 136/2017/TT-BTC',TT,'136/2017/TT-BTC',articles=['Điều 1']),
  c('Thông tư 19/2016/TT-BGTVT',TT,'19/2016/TT-BGTVT',articles=['Điều 5']),
  c('Thông tư 48/2016/TT-BTNMT',TT,'48/2016/TT-BTNMT',articles=['Điều 3']),
  c('Nghị định số 27/2019/NĐ-CP',ND,'27/2019/NĐ-CP',articles=['Điều 7']),
  c('Nghị định số 136/2021/NĐ-CP',ND,'136/2021/NĐ-CP',articles=['Điều 1'])]),
(P+'thue-phi-le-phi-cac-khoan-thu-khac__thue-su-dung-dat-nong-nghiep.md', [(121,121),(197,197),(251,251),(683,683),(2614,2614),(2642,2642)], [
  c('Luật 45/2013/QH13',L,'45/2013/QH13',articles=['Điều 10','Điều 56']),
  c('Luật 45/2013/QH13',L,'45/2013/QH13',articles=['Mục 2','Điều 54','Điều 56','Điều 59','Điều 60'],nth=1),
  c('Nghị định số 73-CP',ND,'73-CP',articles=['Điều 1']),
  c('Quyết định số 619/TTg',QD,'619/TTg',articles=['Điều 1']),
  c('Quyết định số 326/TTg',QD,'326/TTg',articles=['Điều 1']),
  c('Quyết định số 11/2003/QĐ-TTg',QD,'11/2003/QĐ-TTg',articles=['Điều 1']),
  c('Luật 78/2006/QH11',L,'78/2006/QH11',articles=['Điều 109','Điều 119']),
  c('Luật 78/2006/QH11',L,'78/2006/QH11',articles=['Điều 113','Điều 119'],nth=1)]),
(P+'thue-phi-le-phi-cac-khoan-thu-khac__thue-su-dung-dat-phi-nong-nghiep.md', [(93,93),(231,231)], [
  c('Luật 45/2013/QH13',L,'45/2013/QH13',articles=['Điều 143','Điều 144']),
  c('Luật 45/2013/QH13',L,'45/2013/QH13',articles=['Điều 100'],nth=1),
  c('Nghị định 102/2015/NĐ-CP',ND,'102/2015/NĐ-CP',articles=['Điều 2'])]),
(P+'thue-phi-le-phi-cac-khoan-thu-khac__thue-thu-nhap-ca-nhan.md', [(722,722)], [
  c('Nghị định 30/2012/NĐ-CP',ND,'30/2012/NĐ-CP',articles=['Điều 6','Điều 22'])]),
(P+'thue-phi-le-phi-cac-khoan-thu-khac__thue-thu-nhap-doanh-nghiep.md', [(55,55),(2422,2422,'Luật 67/2014/QH13 Đầu tư ban hành ngày 26/11/2014;')], [
  c('Luật 23/2012/QH13',L,'23/2012/QH13',articles=['Điều 1','Điều 2','Điều 3']),
  c('Luật 19/2012/QH13',L,'19/2012/QH13',articles=['Điều 1']),
  c('Luật xuất bản',L,None,'Luật xuất bản',in_title=True),
  c('Luật 65/2014/QH13',L,'65/2014/QH13',articles=['Điều 53']),
  c('Luật 67/2014/QH13',L,'67/2014/QH13',articles=['Điều 1'])]),
(P+'thue-phi-le-phi-cac-khoan-thu-khac__thue-xuat-khau-thue-nhap-khau.md', [(599,599),(727,727),(1111,1111),(1547,1547,'ban hành ngày 27/12/2016;')], [
  c('Thông tư 156/2013/TT-BTC',TT,'156/2013/TT-BTC',articles=['Điều 33']),
  c('Luật Quản lý thuế',L,None,'Luật Quản lý thuế',in_title=True),
  c('Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế',L,None,'Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế',in_title=True),
  c('Nghị định số 83/2013/NĐ-CP',ND,'83/2013/NĐ-CP',issued='2013-07-22',issuer='Chính phủ'),
  c('Thông tư 01/2017/TT-BCT',TT,'01/2017/TT-BCT',articles=['Điều 3','Điều 4']),
  c('Nghị định số 26/2023/NĐ-CP',ND,'26/2023/NĐ-CP',articles=['Điều 3']),
  c('Nghị định số 144/2024/NĐ-CP',ND,'144/2024/NĐ-CP',articles=['Điều 1']),
  c('Nghị định số 26/2023/NĐ-CP',ND,'26/2023/NĐ-CP',articles=['Điều 9'],nth=1),
  c('Nghị định số 21/2025/NĐ-CP',ND,'21/2025/NĐ-CP',articles=['Điều 1']),
  c('Nghị định 167/2016/NĐ-CP',ND,'167/2016/NĐ-CP',articles=['Điều 3','Điều 8'])]),
(P+'thuong-mai-dau-tu-chung-khoan__bao-ve-quyen-loi-nguoi-tieu-dung.md', [(99,99),(1221,1221)], [
  c('Nghị định 39/2007/NĐ-CP',ND,'39/2007/NĐ-CP',articles=['Điều 2']),
  c('Luật 20/2023/QH15',L,'20/2023/QH15',articles=['Điều 45','Điều 47'])]),
(P+'thuong-mai-dau-tu-chung-khoan__canh-tranh.md', [(153,153)], [
  c('Thông tư 58/2020/TT-BTC',TT,'58/2020/TT-BTC',articles=['Điều 2','Điều 3','Điều 4','Điều 5'])]),
(P+'to-chuc-bo-may-nha-nuoc__bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan.md', [(53,53),(367,367)], [
  c('Luật 77/2015/QH13',L,'77/2015/QH13',articles=['Điều 7']),
  c('Thông tư 02/2016/TT-BNV',TT,'02/2016/TT-BNV',articles=['Điều 3'])]),
(P+'to-chuc-bo-may-nha-nuoc__hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan.md',
 [(145,145,'Luật 26/2008/QH12 Thi hành án dân sự ban hành ngày 14/11/2008;'),(329,329,'Luật 08/2007/QH12 Tương trợ tư pháp ban hành ngày 21/11/2007;'),(535,535),(1965,1965)], [
  c('Luật 45/2013/QH13',L,'45/2013/QH13',articles=['Điều 198']),
  c('Luật 41/2019/QH14',L,'41/2019/QH14',articles=['Điều 6']),
  c('Luật thi hành án hình sự',L,None,'Luật thi hành án hình sự',in_title=True),
  c('Luật 73/2006/QH11',L,'73/2006/QH11'),
  c('Luật 26/2008/QH12',L,'26/2008/QH12'),
  c('Luật 45/2013/QH13',L,'45/2013/QH13',articles=['Điều 50','Điều 200'],nth=1),
  c('Luật 21/2017/QH14',L,'21/2017/QH14',articles=['Điều 48','Điều 49']),
  c('Luật 41/2019/QH14',L,'41/2019/QH14',articles=['Điều 194'],nth=1),
  c('Luật thi hành án hình sự',L,None,'Luật thi hành án hình sự',in_title=True,nth=1),
  c('Luật 73/2006/QH11',L,'73/2006/QH11',nth=1),
  c('Luật 08/2007/QH12',L,'08/2007/QH12'),
  c('Luật số 87/2015/QH13',L,'87/2015/QH13',articles=['Điều 19']),
  c('Nghị quyết số 96/2023/QH15',NQ,'96/2023/QH15',articles=['Điều 20']),
  c('Luật 77/2015/QH13',L,'77/2015/QH13',articles=['Điều 88','Điều 89']),
  c('Luật 87/2015/QH13',L,'87/2015/QH13')]),
(P+'to-chuc-bo-may-nha-nuoc__to-chuc-quoc-hoi.md', [(195,195),(225,225),(359,359),(399,399)], [
  c('Luật số 57/2014/QH13',L,'57/2014/QH13',articles=['Điều 12']),
  c('Nghị quyết số 96/2023/QH15',NQ,'96/2023/QH15',articles=['Điều 20']),
  c('Luật 80/2015/QH13',L,'80/2015/QH13',articles=['Điều 164']),
  c('Nghị quyết 1134/2016/UBTVQH13',NQ,'1134/2016/UBTVQH13',articles=['Điều 4']),
  c('Luật số 57/2014/QH13',L,'57/2014/QH13',articles=['Điều 27'],nth=1),
  c('Luật số 65/2020/QH14',L,'65/2020/QH14',articles=['Điều 1'])]),
(P+'to-chuc-bo-may-nha-nuoc__to-chuc-vien-kiem-sat-nhan-dan.md',
 [(232,232,'Luật 53/2010/QH12 Thi hành án hình sự ban hành ngày 17/06/2010;'),(242,242,'Pháp lệnh 05/2008/PL-UBTVQH12 Thủ tục bắt giữ tàu biển ban hành ngày 27/08/2008;')], [
  c('Pháp lệnh 05/2008/PL-UBTVQH12',PL,'05/2008/PL-UBTVQH12',articles=['Điều 7']),
  c('Luật 53/2010/QH12',L,'53/2010/QH12',articles=['Chương XI']),
  c('Pháp lệnh 05/2008/PL-UBTVQH12',PL,'05/2008/PL-UBTVQH12',articles=['Điều 21','Điều 34','Điều 36','Điều 49','Điều 51','Điều 66'],nth=1)]),
(P+'xay-dung-nha-o-do-thi__kien-truc.md', [(195,195)], [
  c('Luật 36/2009/QH12',L,'36/2009/QH12',articles=['Điều 1']),
  c('Luật Sở hữu trí tuệ',L,None,'Luật Sở hữu trí tuệ',in_title=True)]),
(P+'bo-tro-tu-phap__tu-van-phap-luat.md', [(303,303)], [
  c('Thông tư số 01/2010/TT-BTP',TT,'01/2010/TT-BTP',articles=['Điều 5']),
  c('Thông tư số 19/2011/TT-BTP',TT,'19/2011/TT-BTP',articles=['Điều 3'])]),
(P+'hanh-chinh-tu-phap__nuoi-con-nuoi.md', [(691,691)], [
  c('Thông tư số 21/2011/TT-BTP',TT,'21/2011/TT-BTP',articles=['Điều 10a']),
  c('Thông tư số 11/2021/TT-BTP',TT,'11/2021/TT-BTP',articles=['Điều 1'])]),
(P+'quoc-phong__giao-duc-quoc-phong-va-an-ninh.md', [(191,191),(5732,5732)], [
  c('Luật số 30/2013/QH13',L,'30/2013/QH13',articles=['Điều 8']),
  c('Luật số 35/2018/QH14',L,'35/2018/QH14',articles=['Điều 21']),
  c('Thông tư 13/2009/TT-BGDĐT',TT,'13/2009/TT-BGDĐT',articles=['Điều 1'])]),
(P+'y-te-duoc__phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-nguoi.md', [(463,463),(521,521)], [
  c('Thông tư số 15/2013/TT-BYT',TT,'15/2013/TT-BYT',articles=['Điều 2']),
  c('Luật số 67/2014/QH13',L,'67/2014/QH13',articles=['Điều 74']),
  c('Luật số 64/2006/QH11',L,'64/2006/QH11',articles=['Điều 4']),
  c('Luật số 71/2020/QH14',L,'71/2020/QH14',articles=['Điều 1'])]),
(P+'y-te-duoc__phong-chong-tac-hai-cua-ruou-bia.md', [(559,559)], [
  c('Nghị định số 105/2017/NĐ-CP',ND,'105/2017/NĐ-CP',articles=['Điều 16']),
  c('Nghị định số 17/2020/NĐ-CP',ND,'17/2020/NĐ-CP',articles=['Điều 16'])]),
(P+'y-te-duoc__phong-chong-benh-truyen-nhiem.md', [(295,295),(6791,6791)], [
  c('Nghị định số 104/2016/NĐ-CP',ND,'104/2016/NĐ-CP',articles=['Điều 3']),
  c('Nghị định số 13/2024/NĐ-CP',ND,'13/2024/NĐ-CP',articles=['Điều 1']),
  c('Thông tư 278/2016/TT-BTC',TT,'278/2016/TT-BTC',articles=['Điều 2','Điều 3','Điều 4','Điều 5','Điều 6'])]),
(P+'y-te-duoc__phong-chong-tac-hai-cua-thuoc-la.md', [(364,364),(1460,1460)], [
  c('Luật số 09/2012/QH13',L,'09/2012/QH13',articles=['Điều 4']),
  c('Luật số 28/2018/QH14',L,'28/2018/QH14',articles=['Điều 9']),
  c('Thông tư 21/2013/TT-BCT',TT,'21/2013/TT-BCT',articles=['Điều 6','Điều 18']),
  c('Nghị định số 67/2013/NĐ-CP',ND,'67/2013/NĐ-CP',issued='2013-06-27',issuer='Chính phủ'),
  c('Luật Phòng, chống tác hại của thuốc lá',L,None,'Luật Phòng, chống tác hại của thuốc lá',in_title=True)]),
]
