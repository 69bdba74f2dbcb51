"""The demo's tasks, checked against the impacts worked out by hand in data/README.md §4.

Where the engine's documented rules differ from the README's conventions, the expectation below
follows the rules (README "The rules"), and the difference is named:
- an amendment whose articles are not listed, of a document the procedure pinpoints, is high (it may
  meet them): QT-KHCN-03 61/2018 ← 107/2021;
- a repeal with no article list is a repeal of the whole document, high: QT-NV-02 112/2020 ← 172/2025;
- a source's "expired" status with no known successor gives a task: 77/2015/QH13 in QT-VP-01 and
  QT-KHCN-03;
- "known when the procedure was issued" is judged on the change's effective date, not its issue
  date: QT-KHCN-03 77/2015 ← 21/2017 (issued 2017, in force 2019, procedure of 2018) is a task.
"""
from impact.api import load_demo
from impact.store import Store

EXPECTED = {
    ('QT-KHCN-02', '127/2007/NĐ-CP', '78/2018/NĐ-CP', 'amends', 'medium'),
    ('QT-KHCN-02', '68/2006/QH11', '35/2018/QH14', 'amends', 'medium'),
    ('QT-KHCN-03', '61/2018/NĐ-CP', '01/2018/TT-VPCP', 'guides', 'low'),
    ('QT-KHCN-03', '61/2018/NĐ-CP', '107/2021/NĐ-CP', 'amends', 'high'),
    ('QT-KHCN-03', '61/2018/NĐ-CP', '118/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-KHCN-03', '77/2015/QH13', '21/2017/QH14', 'amends', 'medium'),
    ('QT-KHCN-03', '77/2015/QH13', '47/2019/QH14', 'amends', 'medium'),
    ('QT-KHCN-03', '77/2015/QH13', '77/2015/QH13', 'expires', 'high'),
    ('QT-KHCN-04', '01/2011/QH13', '33/2024/QH15', 'replaces', 'high'),
    ('QT-KHCN-05', '118/2025/NĐ-CP', '367/2025/NĐ-CP', 'amends', 'medium'),
    ('QT-NV-01', '138/2020/NĐ-CP', '170/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-NV-02', '112/2020/NĐ-CP', '172/2025/NĐ-CP', 'repeals', 'high'),
    ('QT-NV-02', '112/2020/NĐ-CP', '234/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-NV-02', '71/2023/NĐ-CP', '234/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-NV-03', '90/2020/NĐ-CP', '233/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-NV-03', '90/2020/NĐ-CP', '48/2023/NĐ-CP', 'amends', 'medium'),
    ('QT-NV-04', '106/2020/NĐ-CP', '232/2026/NĐ-CP', 'repeals', 'medium'),
    ('QT-NV-04', '129/2025/QH15', '232/2026/NĐ-CP', 'guides', 'low'),
    ('QT-NV-04', '129/2025/QH15', '233/2026/NĐ-CP', 'guides', 'low'),
    ('QT-NV-04', '129/2025/QH15', '234/2026/NĐ-CP', 'guides', 'low'),
    ('QT-NV-04', '129/2025/QH15', '235/2026/NĐ-CP', 'guides', 'low'),
    ('QT-NV-06', '73/2024/NĐ-CP', '161/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-TP-01', '111/2010/NĐ-CP', '216/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-TP-01', '28/2009/QH12', '216/2026/NĐ-CP', 'guides', 'low'),
    ('QT-TP-01', '61/2018/NĐ-CP', '107/2021/NĐ-CP', 'amends', 'medium'),
    ('QT-TP-01', '61/2018/NĐ-CP', '118/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-TP-02', '23/2015/NĐ-CP', '07/2025/NĐ-CP', 'amends', 'medium'),
    ('QT-TP-03', '123/2015/NĐ-CP', '04/2020/TT-BTP', 'guides', 'low'),
    ('QT-TP-03', '123/2015/NĐ-CP', '07/2025/NĐ-CP', 'amends', 'medium'),
    ('QT-TP-03', '123/2015/NĐ-CP', '87/2020/NĐ-CP', 'amends', 'medium'),
    ('QT-TP-03', '15/2015/TT-BTP', '04/2020/TT-BTP', 'replaces', 'high'),
    ('QT-TP-03', '60/2014/QH13', '04/2020/TT-BTP', 'guides', 'low'),
    ('QT-TP-04', '154/2020/NĐ-CP', '78/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-TP-04', '34/2016/NĐ-CP', '59/2024/NĐ-CP', 'amends', 'medium'),
    ('QT-TP-04', '34/2016/NĐ-CP', '78/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-TTr-01', '320/2016/TT-BTC', '65/2026/TT-BTC', 'amends', 'high'),
    ('QT-TTr-01', '42/2013/QH13', '154/2026/NĐ-CP', 'guides', 'low'),
    ('QT-TTr-01', '64/2014/NĐ-CP', '154/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-TTr-02', '124/2020/NĐ-CP', '155/2026/NĐ-CP', 'amends', 'high'),
    ('QT-TTr-02', '124/2020/NĐ-CP', '155/2026/NĐ-CP', 'repeals', 'low'),
    ('QT-TTr-03', '31/2019/NĐ-CP', '156/2026/NĐ-CP', 'amends', 'high'),
    ('QT-TTr-04', '124/2020/NĐ-CP', '155/2026/NĐ-CP', 'amends', 'low'),
    ('QT-TTr-04', '124/2020/NĐ-CP', '155/2026/NĐ-CP', 'repeals', 'low'),
    ('QT-TTr-04', '42/2013/QH13', '154/2026/NĐ-CP', 'guides', 'low'),
    ('QT-VP-01', '01/2018/TT-VPCP', '118/2025/NĐ-CP', 'parent_expired', 'low'),
    ('QT-VP-01', '107/2021/NĐ-CP', '118/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-VP-01', '61/2018/NĐ-CP', '118/2025/NĐ-CP', 'replaces', 'high'),
    ('QT-VP-01', '77/2015/QH13', '77/2015/QH13', 'expires', 'high'),
    ('QT-VP-02', '367/2025/NĐ-CP', '224/2026/NĐ-CP', 'repeals', 'medium'),
    ('QT-VP-03', '63/2010/NĐ-CP', '92/2017/NĐ-CP', 'amends', 'medium'),
    ('QT-VP-04', '01/2011/QH13', '33/2024/QH15', 'replaces', 'high'),
    ('QT-VP-04', '01/2013/NĐ-CP', '33/2024/QH15', 'parent_expired', 'low'),
    ('QT-VP-04', '09/2010/NĐ-CP', '30/2020/NĐ-CP', 'replaces', 'high'),
    ('QT-VP-04', '110/2004/NĐ-CP', '30/2020/NĐ-CP', 'replaces', 'high'),
    ('QT-VP-05', '09/2017/NĐ-CP', '244/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-VP-06', '117/2013/NĐ-CP', '75/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-VP-06', '130/2005/NĐ-CP', '75/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-XD-01', '175/2024/NĐ-CP', '217/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-XD-02', '111/2024/NĐ-CP', '212/2026/NĐ-CP', 'replaces', 'high'),
    ('QT-XD-02', '50/2014/QH13', '175/2024/NĐ-CP', 'guides', 'low'),
    ('QT-XD-04', '140/2025/NĐ-CP', '217/2026/NĐ-CP', 'repeals', 'medium'),
    ('QT-XD-04', '144/2025/NĐ-CP', '212/2026/NĐ-CP', 'repeals', 'medium'),
    ('QT-XD-04', '144/2025/NĐ-CP', '217/2026/NĐ-CP', 'repeals', 'medium'),
    ('QT-XD-04', '175/2024/NĐ-CP', '217/2026/NĐ-CP', 'replaces', 'high'),
}


def test_demo_tasks_are_the_hand_worked_impacts(tmp_path):
    store = Store(tmp_path / "demo.db")
    load_demo(store)
    found = {(t.procedure, t.cited, t.trigger, t.change, t.severity) for t in store.tasks()}
    assert sorted(found - EXPECTED) == [] and sorted(EXPECTED - found) == []


def test_up_to_date_procedures_get_no_task(tmp_path):
    store = Store(tmp_path / "demo.db")
    load_demo(store)
    with_tasks = {t.procedure for t in store.tasks()}
    assert {"QT-TP-05", "QT-NV-05", "QT-XD-03", "QT-KHCN-01"}.isdisjoint(with_tasks)
