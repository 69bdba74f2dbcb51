import sys, json, re, collections
sys.path.insert(0,'/tmp/h8')
from lib import *
from rels import R
from cits import CP
from proc import PROC
OUT='/work/wt/heldout8/data/eval/heldout8/'
mine=collections.defaultdict(list)
def claim(fn, rg):
    for t in rg:
        a,b=t[0],t[1]
        for i in range(a,b+1): assert not is_used(fn,i), ('used', fn, i)
        for x,y in mine[fn]: assert b<x or a>y, ('overlap mine', fn, a, b)
        mine[fn].append((a,b))
def cutx(fn, rg):
    L=lines(fn); parts=[]
    for t in rg:
        if len(t)==3:
            a,b,end=t; s=L[a-1]; k=s.index(end); parts.append(s[:k+len(end)])
        else:
            a,b=t; parts.append('\n'.join(L[a-1:b]))
    return '\n\n'.join(parts)
def srcx(fn, rg):
    s=fn+':'+','.join(f'{t[0]}-{t[1]}' if t[0]!=t[1] else f'{t[0]}' for t in rg)
    return s+(' (excerpt)' if any(len(t)==3 for t in rg) else '')
rel_out=[]; cit_out=[]
for k,(fn,rg,title,rels) in enumerate(R,1):
    claim(fn,rg)
    text=cutx(fn,rg); n=normalize_text(text)
    for x in rels:
        t=x['target']; assert t in n or t.replace('Đ','Đ') in n, ('target not in text', k, t)
    rel_out.append({'id':f'h8r{k:02d}','source':srcx(fn,rg),'title':title,'text':text,'relations':rels})
for k,(fn,rg,cits) in enumerate(CP,1):
    claim(fn,rg)
    text=cutx(fn,rg)
    cit_out.append({'id':f'h8c{k:02d}','source':srcx(fn,rg),'text':text,'citations':place(text,cits)})
base=len(cit_out); rk=len(rel_out)
for j,(src_,text,cits,bo) in enumerate(PROC,1):
    cid=f'h8c{base+j:02d}'
    cit_out.append({'id':cid,'source':src_,'derived':'procedure-style','text':text,'citations':place(text,cits)})
    if bo:
        rk+=1
        rel_out.append({'id':f'h8r{rk:02d}','source':f'{cid} (procedure-style, written; see citations.jsonl)','title':None,'text':text,
                        'relations':[{'type':'based_on','target':t,'articles':[]} for t in bo]})
TITLES={'h8r07':('documents/59-2026-tt-bgdut-nha-giao-hop-dong-thinh-giang.md',24),
        'h8r08':('documents/thong-tu-13-2026-tt-bnv-luong-co-so.md',26),
        'h8r14':('phapdien/dau-tu__274-2026-nd-cp-lua-chon-nha-dau-tu-du-an-dau-tu-kinh-doanh.md',38)}
for d in rel_out:
    if d['id'] in TITLES:
        fn,ln=TITLES[d['id']]; t=lines(fn)[ln-1].strip()
        t=re.sub(r'^# ','',t); t=re.sub(r'^\| \*\*Trích yếu\*\* \| (.*) \|$',r'\1',t)
        assert t in d['text']; d['title']=t
import os; os.makedirs(OUT,exist_ok=True)
with open(OUT+'relations.jsonl','w') as f:
    for d in rel_out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
with open(OUT+'citations.jsonl','w') as f:
    for d in cit_out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
# stats
C=[x for d in cit_out for x in d['citations']]
print('citations',len(C),'pinpointed',sum(1 for x in C if x['articles']),'in_title',sum(1 for x in C if x.get('in_title')))
PS=[x for d in cit_out if d.get('derived') for x in d['citations']]
print('procedure',len(PS),f'{len(PS)/len(C):.0%}','pp',sum(1 for x in PS if x['articles']))
RR=[x for d in rel_out for x in d['relations']]
print('relations',len(RR),collections.Counter(x['type'] for x in RR),'not based_on',sum(1 for x in RR if x['type']!='based_on'),'with articles',sum(1 for x in RR if x['articles']),'negatives',sum(1 for d in rel_out if not d['relations']))
files=set(d['source'].split(':')[0] for d in rel_out+cit_out if d['source'].startswith(('phapdien','documents')))
print('files',len(files),'passages',len(rel_out),len(cit_out))
