import json, re, lib, build, cits, proc
from lib import normalize_text
def locate(nt, cs, pid):
    pos = 0; out = []
    for c in cs:
        pat = r'\s+'.join(re.escape(w) for w in c['surface'].split())
        m = re.compile(pat).search(nt, pos)
        assert m, (pid, c['surface'], nt[pos:pos+200])
        d = dict(start=m.start(), end=m.end(), surface=m.group(0), doc_type=c['doc_type'], number=c['number'],
                 title_hint=c['title_hint'], articles=c['articles'], issued=c['issued'], issuer=c['issuer'])
        if c['in_title']: d['in_title'] = True
        assert nt[d['start']:d['end']] == d['surface']
        out.append(d); pos = m.start() + 1
    return out
items = [dict(id='x%d' % i, **c) for i, c in enumerate(cits.CITS)]
build.check_ranges(items)
# no line shared with the relation passages
import rels
rl = {(r['file'], n) for r in rels.RELS for a, b in r['ranges'] for n in range(a, b+1)}
out = []
for k, c in enumerate(cits.CITS, 1):
    for a, b in c['ranges']:
        for n in range(a, b+1):
            assert (c['file'], n) not in rl, (k, n)
            if len(lib.lines(c['file'])[n-1]) >= 80:
                cv = lib.line_cov(c['file'], n); assert cv <= 0.6, (k, c['file'], n, cv)
    t = build.passage_text(c['file'], c['ranges'])
    nt = normalize_text(t)
    out.append(dict(id='h9c%02d' % k, source=build.src(c['file'], c['ranges']), text=t, citations=locate(nt, c['cits'], k)))
n0 = len(out)
for j, p in enumerate(proc.PROC, n0 + 1):
    nt = normalize_text(p['text'])
    out.append(dict(id='h9c%02d' % j, source=p['source'], text=p['text'], derived='procedure-style', citations=locate(nt, p['cits'], j)))
with open('/work/wt/heldout9/data/eval/heldout9/citations.jsonl', 'w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
allc = [c for o in out for c in o['citations']]
pc = [c for o in out if o.get('derived') for c in o['citations']]
print(len(out), 'passages;', len(allc), 'citations;', sum(1 for c in allc if c['articles']), 'with pinpoints;',
      len(pc), 'procedure (%.0f%%);' % (100 * len(pc) / len(allc)), sum(1 for c in allc if c.get('in_title')), 'in_title;',
      'files', len({o['source'].split(':')[0] for o in out if not o.get('derived')}))
