import sys; sys.path.insert(0,'/tmp/h8')
from lib import *
from rels import R
OLD=re.sub(r'\s+',' ','\n'.join(normalize_text(t) for t in old_texts()))
for k,(fn,rg,title,rels) in enumerate(R,1):
    for a,b in rg:
        for i in range(a,b+1):
            if is_used(fn,i): print('USED!!',k,fn,i)
    t=cut(fn,rg); n=re.sub(r'\s+',' ',normalize_text(t))
    wins=[n[i:i+50] for i in range(0,max(1,len(n)-49),15)]
    cov=sum(1 for w in wins if w in OLD)/max(1,len(wins))
    st=[]
    for x in rels:
        tg=x['target']; p=n.find(tg)
        if p<0: p=n.find(tg.split('/')[0]+'/')
        ctx=n[max(0,p-90):p+len(tg)]
        st.append((x['type'],tg, 'FOUND' if ctx in OLD else ''))
    print(f'== {k} cov={cov:.2f} {fn.split("/")[-1][:40]} {rg}'); 
    if len(sys.argv)>1: print(t[:1500])
    print('  ',st, '| title:',title)
