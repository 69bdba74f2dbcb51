"""Accuracy of nlp/ on the hand-checked gold set in data/eval/.

    .venv/bin/python bench/nlp_eval.py [--data data/eval] [--errors]

Prints precision, recall and F1 per citation field and the article pinpoint accuracy, twice: over
every citation, and without the laws named inside another citation's title (`in_title`, on both
sides); then how well `in_title` itself is told, and relation precision, recall and F1 (overall and
per type). Gold offsets index `normalize_text(text)`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.citations import extract_citations  # noqa: E402
from nlp.relations import extract_relations  # noqa: E402

FIELDS = ("number", "doc_type", "title_hint", "issued", "issuer")


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _align(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of overlapping citations, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                candidates.append((overlap, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _row(name: str, tp: int, n_pred: int, n_gold: int) -> str:
    p, r, f = _prf(tp, n_pred, n_gold)
    return f"  {name:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, predicted {n_pred}, gold {n_gold})"


def _predict(rows: list[dict]) -> dict[str, list[dict]]:
    return {
        row["id"]: [
            {"start": c.start, "end": c.end, "surface": c.surface, "doc_type": c.doc_type, "number": c.number,
             "title_hint": c.title_hint, "articles": list(c.articles), "issued": c.issued, "issuer": c.issuer,
             "in_title": c.in_title}
            for c in extract_citations(row["text"])
        ]
        for row in rows
    }


def evaluate_citations(rows: list[dict], predicted: dict[str, list[dict]], show_errors: bool, with_titles: bool) -> None:
    counts: Counter[str] = Counter()
    pin_total = pin_ok = 0
    errors: list[str] = []
    for row in rows:
        gold = row["citations"]
        pred = predicted[row["id"]]
        if not with_titles:
            gold = [g for g in gold if not g.get("in_title")]
            pred = [p for p in pred if not p["in_title"]]
        pairs = _align(gold, pred)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        pred_spans = {(p["start"], p["end"]) for p in pred}
        counts["span_tp"] += len(gold_spans & pred_spans)
        counts["span_pred"] += len(pred_spans)
        counts["span_gold"] += len(gold_spans)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            if (g["start"], g["end"]) == (p["start"], p["end"]) and g["number"] == p["number"]:
                counts["cit_tp"] += 1
        counts["cit_pred"] += len(pred)
        counts["cit_gold"] += len(gold)
        matched = dict(pairs)
        for field in FIELDS:
            tp = sum(1 for i, j in pairs if gold[i][field] is not None and gold[i][field] == pred[j][field])
            counts[f"{field}_tp"] += tp
            counts[f"{field}_pred"] += sum(1 for p in pred if p[field] is not None)
            counts[f"{field}_gold"] += sum(1 for g in gold if g[field] is not None)
            if show_errors:
                for i, g in enumerate(gold):
                    p = pred[matched[i]] if i in matched else None
                    if (g[field] or (p and p[field])) and (p is None or p[field] != g[field]):
                        errors.append(f"{row['id']} {field}: gold {g[field]!r} predicted {p and p[field]!r} [{g['surface']!r}]")
        # Pinpoints: every gold citation with articles, and every predicted one with articles.
        by_pred = {j: i for i, j in pairs}
        for i, g in enumerate(gold):
            p = pred[matched[i]] if i in matched else None
            if g["articles"] or (p and p["articles"]):
                pin_total += 1
                if p is not None and set(p["articles"]) == set(g["articles"]):
                    pin_ok += 1
                elif show_errors:
                    errors.append(f"{row['id']} articles: gold {g['articles']} predicted {p and p['articles']} [{g['surface']!r}]")
        for j, p in enumerate(pred):
            if j not in by_pred and p["articles"]:
                pin_total += 1  # articles on a citation the gold set does not have
        if show_errors:
            for j, p in enumerate(pred):
                if j not in by_pred:
                    errors.append(f"{row['id']} spurious: {p['surface']!r} {p['number']}")
            for i, g in enumerate(gold):
                if i not in matched:
                    errors.append(f"{row['id']} missed: {g['surface']!r} {g['number']}")
                elif (g["start"], g["end"]) != (pred[matched[i]]["start"], pred[matched[i]]["end"]):
                    errors.append(f"{row['id']} span: gold {g['surface']!r} predicted {pred[matched[i]]['surface']!r}")
    which = "every citation" if with_titles else "without laws named in another citation's title (in_title)"
    print(f"Citations, {which}: {len(rows)} passages, {counts['cit_gold']} gold citations")
    print(_row("citation (span+number)", counts["cit_tp"], counts["cit_pred"], counts["cit_gold"]))
    print(_row("span", counts["span_tp"], counts["span_pred"], counts["span_gold"]))
    for field in FIELDS:
        print(_row(field, counts[f"{field}_tp"], counts[f"{field}_pred"], counts[f"{field}_gold"]))
    print(f"  pinpoint accuracy      {pin_ok / pin_total if pin_total else 1.0:.3f}   ({pin_ok} of {pin_total} citations with articles)")
    for line in errors:
        print("   ", line)


def evaluate_in_title(rows: list[dict], predicted: dict[str, list[dict]], show_errors: bool) -> None:
    """The in_title flag on the citations both sides have (same span)."""
    tp = n_pred = n_gold = 0
    errors: list[str] = []
    for row in rows:
        gold = {(g["start"], g["end"]): bool(g.get("in_title")) for g in row["citations"]}
        pred = {(p["start"], p["end"]): p["in_title"] for p in predicted[row["id"]]}
        for span in gold.keys() & pred.keys():
            tp += gold[span] and pred[span]
            n_gold += gold[span]
            n_pred += pred[span]
            if show_errors and gold[span] != pred[span]:
                errors.append(f"{row['id']} in_title: gold {gold[span]} predicted {pred[span]} at {span}")
    print(_row("in_title flag", tp, n_pred, n_gold) + "  (on citations found with the gold span)")
    for line in errors:
        print("   ", line)


def evaluate_relations(rows: list[dict], show_errors: bool) -> None:
    tp = n_pred = n_gold = 0
    loose_tp = loose_n_pred = loose_n_gold = 0
    per_type: Counter[str] = Counter()
    errors: list[str] = []
    for row in rows:
        gold = {(r["type"], r["target"], frozenset(r["articles"])) for r in row["relations"]}
        pred = {(r.type, r.target, frozenset(r.articles)) for r in extract_relations(row["text"], title=row["title"])}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        loose_gold, loose_pred = {(t, g) for t, g, _ in gold}, {(t, g) for t, g, _ in pred}
        loose_tp += len(loose_gold & loose_pred)
        loose_n_gold += len(loose_gold)
        loose_n_pred += len(loose_pred)
        for t, *_ in gold:
            per_type[f"{t}_gold"] += 1
        for t, *_ in pred:
            per_type[f"{t}_pred"] += 1
        for t, *_ in gold & pred:
            per_type[f"{t}_tp"] += 1
        if show_errors:
            for r in sorted(gold - pred, key=str):
                errors.append(f"{row['id']} missed: {r[0]} {r[1]} {sorted(r[2])}")
            for r in sorted(pred - gold, key=str):
                errors.append(f"{row['id']} spurious: {r[0]} {r[1]} {sorted(r[2])}")
    print(f"Relations: {len(rows)} passages, {n_gold} gold relations")
    print(_row("relation", tp, n_pred, n_gold))
    print(_row("type+target only", loose_tp, loose_n_pred, loose_n_gold) + "  (articles ignored)")
    for kind in ("amends", "replaces", "repeals", "expires", "guides", "based_on"):
        print(_row(kind, per_type[f"{kind}_tp"], per_type[f"{kind}_pred"], per_type[f"{kind}_gold"]))
    for line in errors:
        print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "eval", help="folder with citations.jsonl and relations.jsonl")
    parser.add_argument("--errors", action="store_true", help="list every disagreement with the gold set")
    args = parser.parse_args()
    rows = _load(args.data / "citations.jsonl")
    predicted = _predict(rows)
    evaluate_citations(rows, predicted, args.errors, with_titles=True)
    print()
    evaluate_citations(rows, predicted, False, with_titles=False)
    evaluate_in_title(rows, predicted, args.errors)
    print()
    evaluate_relations(_load(args.data / "relations.jsonl"), args.errors)


if __name__ == "__main__":
    main()
