import json,glob,re,collections
W='/work/wt/heldout8/'
C='/work/shared/corpus/'
def used():
    u=collections.defaultdict(list)
    for f in glob.glob(W+'data/eval/*.jsonl')+glob.glob(W+'data/eval/heldout*/*.jsonl'):
        if 'eval/heldout8/' in f: continue
        for l in open(f):
            if not l.strip(): continue
            s=json.loads(l)['source']
            m=re.match(r'^((?:phapdien|documents)/[^:\s]+\.md)(?::([\d,\-]+))?',s)
            if not m: continue
            fn,r=m.group(1),m.group(2)
            if r is None: u[fn].append((1,10**9)); continue
            for part in r.split(','):
                if not part: continue
                if '-' in part: a,b=part.split('-'); u[fn].append((int(a),int(b)))
                else: u[fn].append((int(part),int(part)))
    return u
U=used()
def is_used(fn,a,b=None):
    b=b or a
    return any(not(b<x or a>y) for x,y in U.get(fn,[]))
def lines(fn):
    return open(C+fn,encoding='utf-8').read().split('\n')
def old_texts():
    T=[]
    for f in glob.glob(W+'data/eval/*.jsonl')+glob.glob(W+'data/eval/heldout*/*.jsonl'):
        if 'eval/heldout8/' in f: continue
        for l in open(f):
            if l.strip(): T.append(json.loads(l)['text'])
    return T
