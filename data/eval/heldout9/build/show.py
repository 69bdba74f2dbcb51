import lib, sys
f = sys.argv[1]
if '/' not in f:
    import glob; f = [p.split('corpus/')[1] for p in glob.glob('/work/shared/corpus/*/*'+f+'*')][0]
a, b = int(sys.argv[2]), int(sys.argv[3])
w = int(sys.argv[4]) if len(sys.argv) > 4 else 100000
L = lib.lines(f)
print('##', f)
for i in range(a, b+1):
    print(('U ' if lib.is_used(f, i) else '  ') + f'{i}: {L[i-1][:w]}')
