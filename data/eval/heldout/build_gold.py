"""Mechanical helper for the held-out gold set (no extraction logic).

Every annotation in spec_*.py was chosen by hand. This script only
- cuts the passage text out of the shared corpus by line ranges (or takes the text written in the spec),
- normalises it (NFC, Ð U+00D0 -> Đ U+0110) and finds the character offsets of each hand-chosen surface,
  searching forward from the end of the previous citation of the same passage,
- checks text[start:end] == surface, numbers canonical (NFC, Đ U+0110, no spaces), dates ISO,
- writes citations.jsonl and relations.jsonl.

Usage: python3 data/eval/heldout/build_gold.py [--corpus /work/shared/corpus]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")
NAMED_TYPES = {"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"}
REL_TYPES = {"amends", "replaces", "repeals", "expires", "guides", "based_on"}


def norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")


def passage_text(corpus: Path, src: str, text: str | None) -> str:
    """src is 'dir/file.md:12-20,31-31'; text=None cuts the lines, else the spec text is checked
    line by line against the source file (each non-empty line must occur in the file) unless the
    passage is written (derived) rather than cut."""
    if ":" not in src:
        assert text is not None, src
        return text
    fname, ranges = src.rsplit(":", 1)
    lines = (corpus / fname).read_text(encoding="utf-8").split("\n")
    if text is not None:
        whole = "\n".join(lines)
        for ln in text.split("\n"):
            if ln.strip():
                assert ln in whole, f"{src}: line not in source: {ln!r}"
        return text
    parts = []
    for rng in ranges.split(","):
        a, b = (int(x) for x in rng.split("-"))
        parts.append("\n".join(lines[a - 1 : b]))
    return "\n".join(parts)


NUM_OK = re.compile(r"^[0-9A-Za-z.]+(?:[/-][0-9A-Za-zĐđ&.-]+)*$")
DATE_OK = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def title_hint(surface: str, doc_type: str, number: str | None) -> str | None:
    flat = " ".join(surface.split())
    if number is None:
        return flat
    if doc_type not in NAMED_TYPES:
        return None
    # drop the trailing number (as written) and an optional 'số'
    m = re.match(r"^(.*?)(?:\s+[Ss]ố)?\s+\S*\d\S*(?:\s+\S+)?$", flat)
    head = m.group(1) if m else flat
    if head.lower() in {doc_type.lower(), ""} or " " not in head and head.lower() in {"nđ", "tt", "qđ", "nq"}:
        return None
    return head


def load_spec(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(corpus: Path) -> tuple[list[dict], list[dict]]:
    cits_out, rels_out = [], []
    seen_ids = set()
    for path in sorted(HERE.glob("spec_*.py")):
        mod = load_spec(path)
        for p in getattr(mod, "CITATIONS", []):
            assert p["id"] not in seen_ids, p["id"]
            seen_ids.add(p["id"])
            text = passage_text(corpus, p["source"], p.get("text"))
            nt = norm(text)
            cursor = 0
            out = []
            for c in p["citations"]:
                surface = c["surface"]
                idx = nt.find(surface, cursor)
                assert idx >= 0, f"{p['id']}: surface not found after {cursor}: {surface!r}"
                start, end = idx, idx + len(surface)
                assert nt[start:end] == surface
                number = c.get("number")
                if number is not None:
                    assert number == norm(number) and " " not in number and "\u00d0" not in number, number
                    assert NUM_OK.match(number), f"{p['id']}: odd number {number!r}"
                for k in ("issued",):
                    if c.get(k) is not None:
                        assert DATE_OK.match(c[k]), c[k]
                hint = c["title_hint"] if "title_hint" in c else title_hint(surface, c["doc_type"], number)
                out.append(
                    {
                        "start": start,
                        "end": end,
                        "surface": surface,
                        "doc_type": c["doc_type"],
                        "number": number,
                        "title_hint": hint,
                        "articles": list(c.get("articles", [])),
                        "issued": c.get("issued"),
                        "issuer": c.get("issuer"),
                    }
                )
                cursor = end
            row = {"id": p["id"], "source": p["source"], "text": text, "citations": out}
            if p.get("derived"):
                row["derived"] = p["derived"]
            cits_out.append(row)
        for p in getattr(mod, "RELATIONS", []):
            assert p["id"] not in seen_ids, p["id"]
            seen_ids.add(p["id"])
            text = passage_text(corpus, p["source"], p.get("text"))
            rels = []
            keys = set()
            for t, target, arts in p["relations"]:
                assert t in REL_TYPES, t
                key = (t, target, tuple(arts))
                assert key not in keys, f"{p['id']}: duplicate relation {key}"
                keys.add(key)
                rels.append({"type": t, "target": target, "articles": list(arts)})
            rels_out.append({"id": p["id"], "source": p["source"], "title": p.get("title"), "text": text, "relations": rels})
    return cits_out, rels_out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--show", action="store_true", help="print every citation for review")
    args = ap.parse_args()
    cits, rels = build(Path(args.corpus))
    with open(HERE / "citations.jsonl", "w", encoding="utf-8") as f:
        for row in cits:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "relations.jsonl", "w", encoding="utf-8") as f:
        for row in rels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.show:
        for row in cits:
            print("=====", row["id"], row["source"], row.get("derived") or "")
            for c in row["citations"]:
                print(f"  {c['start']:5}-{c['end']:<5} {c['surface']!r} | {c['doc_type']} | {c['number']} | {c['title_hint']} | {c['articles']} | {c['issued']} | {c['issuer']}")
        for row in rels:
            print("=====", row["id"], row["source"], "| title:", (row["title"] or "")[:80])
            for r in row["relations"]:
                print("  ->", r["type"], r["target"], r["articles"])
    n_c = sum(len(r["citations"]) for r in cits)
    n_r = sum(len(r["relations"]) for r in rels)
    print(f"{len(cits)} citation passages, {n_c} citations; {len(rels)} relation passages, {n_r} relations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
