import sys, json, re
sys.path.insert(0, '/work/wt/heldout9')
from nlp.normalize import normalize_text
import used
CORPUS = '/work/shared/corpus/'
_lines = {}
def lines(f):
    if f not in _lines:
        _lines[f] = open(CORPUS + f, encoding='utf-8').read().split('\n')
    return _lines[f]
USED = used.parse_used()
def is_used(f, n):
    v = USED.get(f, set())
    return v is None or n in v
_old = None
def old_texts():
    global _old
    if _old is None:
        _old = [normalize_text(t) for t in used.texts()]
    return _old
_win = None
def windows():
    global _win
    if _win is None:
        _win = set()
        for t in old_texts():
            for i in range(0, max(1, len(t) - 49)):
                _win.add(t[i:i+50])
    return _win
def coverage(text):
    """share of characters of text covered by 50-char windows found in earlier gold texts"""
    t = normalize_text(text); W = windows()
    cov = [False] * len(t)
    for i in range(0, max(1, len(t) - 49), 5):
        if t[i:i+50] in W:
            for k in range(i, min(len(t), i+50)): cov[k] = True
    return (sum(cov) / len(t)) if t else 0.0
def found_before(text, start):
    """the 90 characters before a target occur in an earlier passage"""
    t = normalize_text(text)
    ctx = t[max(0, start-90):start]
    if len(ctx) < 30: return False
    return any(ctx in o for o in old_texts())
def line_cov(f, n):
    l = lines(f)[n-1]
    if len(normalize_text(l).strip()) < 20: return 0.0
    return coverage(l)
