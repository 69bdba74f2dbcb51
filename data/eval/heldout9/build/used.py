"""Parse every `source` of earlier gold sets: used line ranges per corpus file."""
import json, glob, re, os
ROOT = '/work/wt/heldout9'
CORPUS = '/work/shared/corpus'
FILES = sorted(glob.glob(ROOT + '/data/eval/*.jsonl') + [f for f in glob.glob(ROOT + '/data/eval/heldout*/*.jsonl') if not f.startswith(ROOT + '/data/eval/heldout9/')])
PATH_RE = re.compile(r'((?:phapdien|documents)/[^\s:;,()*]+?\.md)(?::([0-9][0-9,\- ]*))?')

def parse_used():
    used = {}     # file -> set of lines, or None for wholly used
    for f in FILES:
        for l in open(f):
            d = json.loads(l)
            src = d['source']
            for m in PATH_RE.finditer(src):
                path, rng = m.group(1), m.group(2)
                if '*' in src[m.start():m.end()+1]:
                    pass
                if not rng or not rng.strip(' ,'):
                    used[path] = None
                    continue
                if path in used and used[path] is None:
                    continue
                s = used.setdefault(path, set())
                for part in rng.split(','):
                    part = part.strip()
                    if not part: continue
                    if '-' in part:
                        a, b = part.split('-')[:2]
                        if not b.strip(): b = a
                        s.update(range(int(a), int(b) + 1))
                    else:
                        s.add(int(part))
    return used

def texts():
    out = []
    for f in FILES:
        for l in open(f):
            out.append(json.loads(l)['text'])
    return out

if __name__ == '__main__':
    u = parse_used()
    whole = [k for k, v in u.items() if v is None]
    print(len(u), 'files named;', len(whole), 'wholly used')
    for k in sorted(whole): print('  W', k)
