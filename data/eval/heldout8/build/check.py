import sys, json, re
sys.path.insert(0,'/tmp/h8'); sys.path.insert(0,'/work/wt/heldout8')
from nlp.normalize import normalize_text
from used import old_texts
OLD=re.sub(r'\s+',' ','\n'.join(normalize_text(t) for t in old_texts()))
for l in open('/work/wt/heldout8/data/eval/heldout8/citations.jsonl'):
    d=json.loads(l); n=normalize_text(d['text'])
    cov=[False]*len(n)
    for x in d['citations']:
        for i in range(x['start'],x['end']): cov[i]=True
    miss=[]
    for m in re.finditer(r'\d+[/-][\w/-]+|\b(Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh|Bộ luật)\b',n):
        if not cov[m.start()]: miss.append(m.group())
    nn=re.sub(r'\s+',' ',n)
    lines_=[x for x in nn.split('\n')]
    w=[nn[i:i+50] for i in range(0,max(1,len(nn)-49),15)]
    c=sum(1 for x in w if x in OLD)/max(1,len(w))
    print(d['id'], f'cov={c:.2f}', len(d['citations']), 'UNCOVERED:', miss[:30])
