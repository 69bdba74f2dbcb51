import json, sys, lib
from lib import normalize_text
def passage_text(f, ranges):
    L = lib.lines(f)
    return '\n\n'.join('\n'.join(L[a-1:b]) for a, b in ranges)
def src(f, ranges, extra=''):
    return f + ':' + ','.join(f'{a}-{b}' if a != b else f'{a}' for a, b in ranges) + extra
def check_ranges(items):
    mine = {}
    for it in items:
        for a, b in it['ranges']:
            for n in range(a, b+1):
                assert not lib.is_used(it['file'], n), (it['id'], it['file'], n, 'used by an earlier set')
                key = (it['file'], n)
                assert key not in mine, (it['id'], key, 'shared with', mine.get(key))
                mine[key] = it['id']
