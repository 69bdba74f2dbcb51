import json, re
from lib import normalize_text
for l in open('/work/wt/heldout9/data/eval/heldout9/citations.jsonl'):
    d = json.loads(l); nt = normalize_text(d['text'])
    spans = [(c['start'], c['end']) for c in d['citations']]
    for m in re.finditer(r'\d+/\d{4}/[^\s,;.)]+|\b(Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh|Hiến pháp)\b', nt):
        if not any(a <= m.start() < b for a, b in spans):
            print(d['id'], repr(nt[max(0, m.start()-40):m.end()+40]))
    for c in d['citations']:
        print('   ', d['id'], c['surface'].replace('\n', ' '), '|', c['number'], c['title_hint'], c['articles'], c['issued'], c['issuer'], 'T' if c.get('in_title') else '')
