import lib, sys
f=sys.argv[1]
import glob
if '/' not in f: f=[p.split('corpus/')[1] for p in glob.glob('/work/shared/corpus/*/*'+f+'*')][0]
for a in sys.argv[2:]:
    x,y=(a.split('-')+[a])[:2]
    for n in range(int(x),int(y)+1):
        l=lib.lines(f)[n-1]
        if not l.strip(): continue
        print(('U ' if lib.is_used(f,n) else '  ')+f'{n} [{lib.line_cov(f,n):.2f}] {l}')
