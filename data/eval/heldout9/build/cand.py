import lib, re, glob, sys
pat = re.compile(sys.argv[1])
maxn = int(sys.argv[2]) if len(sys.argv) > 2 else 400
for p in sorted(glob.glob('/work/shared/corpus/*/*.md')):
    f = p.split('corpus/')[1]
    if lib.USED.get(f, 1) is None: continue
    L = lib.lines(f)
    for i, l in enumerate(L):
        if not lib.is_used(f, i+1) and pat.search(l):
            print(f'{f.split("/")[1][:45]}:{i+1}: {l[:maxn]}')
