"""Relations read from document titles alone, checked against the registry's verified relations.

    .venv/bin/python bench/registry_titles.py [--registry data/registry/documents.jsonl] [--errors]

Each registry document has a title (trích yếu) and relations verified from its text and its
amendment chains. A title names only some of them ('Sửa đổi, bổ sung một số điều của các Nghị định
liên quan đến ...' names none), so recall means little; what this measures is precision on real
titles the extractor was not tuned on: each relation read from a title, its target resolved to a
number through the registry when it is a name, should be among the document's verified relations.
Prints precision per type and, with --errors, every relation not found there.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.relations import extract_relations  # noqa: E402
from nlp.resolve import KnownDocument, Resolver  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry", type=Path, default=ROOT / "data" / "registry" / "documents.jsonl")
    parser.add_argument("--errors", action="store_true", help="list the relations not among the verified ones")
    args = parser.parse_args()
    documents = [json.loads(line) for line in args.registry.read_text(encoding="utf-8").splitlines() if line.strip()]
    resolver = Resolver(KnownDocument(d["number"], d["doc_type"], d.get("issuer") or "", d.get("title") or "",
                                      d.get("issued")) for d in documents)
    right: Counter[str] = Counter()
    read: Counter[str] = Counter()
    unresolved = 0
    titled = 0
    errors: list[str] = []
    for document in documents:
        relations = extract_relations("", title=document.get("title") or "")
        if not relations:
            continue
        titled += 1
        verified = {(r["type"], r["target"]) for r in document.get("relations", [])}
        for relation in relations:
            target = relation.target
            if relation.citation is not None and relation.citation.number is None:
                target = resolver.resolve(relation.citation).number
                if target is None:
                    unresolved += 1
                    continue
            read[relation.type] += 1
            if (relation.type, target) in verified:
                right[relation.type] += 1
            else:
                errors.append(f"{document['number']}: {relation.type} {target} ({relation.target}); "
                              f"verified {sorted(verified)}; title '{document['title'][:110]}'")
    print(f"registry: {len(documents)} documents, {titled} with relations read from the title")
    for kind in sorted(read):
        print(f"  {kind:9} precision {right[kind] / read[kind]:.3f}   ({right[kind]} of {read[kind]})")
    total = sum(read.values())
    print(f"  {'all':9} precision {sum(right.values()) / total:.3f}   ({sum(right.values())} of {total}); "
          f"{unresolved} name targets not in the registry left out")
    if args.errors:
        for line in errors:
            print("   ", line)


if __name__ == "__main__":
    main()
