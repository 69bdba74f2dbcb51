import sys, json, re
sys.path.insert(0, '/work/wt/heldout8'); sys.path.insert(0, '/tmp/h8')
from nlp.normalize import normalize_text
from used import U, is_used, lines, C, old_texts
def cut(fn, ranges):
    L = lines(fn)
    return '\n\n'.join('\n'.join(L[a-1:b]) for a, b in ranges)
def src(fn, ranges):
    return fn + ':' + ','.join(f'{a}-{b}' if a != b else f'{a}' for a, b in ranges)
def c(surface, doc_type, number=None, title_hint=None, articles=(), issued=None, issuer=None, in_title=False, nth=0):
    return dict(surface=surface, doc_type=doc_type, number=number, title_hint=title_hint, articles=list(articles),
                issued=issued, issuer=issuer, in_title=in_title, nth=nth)
def r(type_, target, articles=()):
    return {'type': type_, 'target': target, 'articles': list(articles)}
def place(text, cits):
    n = normalize_text(text); out = []
    for ci in cits:
        s = ci['surface']; pos = -1
        for _ in range(ci['nth'] + 1):
            pos = n.find(s, pos + 1)
            assert pos >= 0, ('surface not found', s)
        d = {'start': pos, 'end': pos + len(s), 'surface': s, 'doc_type': ci['doc_type'], 'number': ci['number'],
             'title_hint': ci['title_hint'], 'articles': ci['articles'], 'issued': ci['issued'], 'issuer': ci['issuer']}
        if ci['in_title']: d['in_title'] = True
        assert n[d['start']:d['end']] == s
        out.append(d)
    out.sort(key=lambda d: d['start'])
    for a, b in zip(out, out[1:]):
        assert a['end'] <= b['start'], ('overlap', a['surface'], b['surface'])
    return out
