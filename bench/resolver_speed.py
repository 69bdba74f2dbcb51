"""Throughput of name look-ups in the resolver, uncached, against a large synthetic registry.

    .venv/bin/python bench/resolver_speed.py [--laws 5000] [--others 15000] [--queries 4000] [--seed 7]

The registry holds `--laws` laws, codes and ordinances (the law names of nlp/tables, re-enacted in
several years, their amending laws, and made-up names from the same vocabulary) and `--others`
decrees and circulars. Queries are name-only citations as procedures write them: a name with its
year, a name alone (unique or shared by several laws), a misspelt name (a quarter of them), a name
the registry does not hold, a name with another year; a fifth of the laws are amending laws. Prints look-ups per second (every look-up a cache miss) and how
many queries resolved to the expected document, to another one, or stayed unresolved.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.models import Citation  # noqa: E402
from nlp.resolve import KnownDocument, Resolver  # noqa: E402

VOCABULARY = ("quản lý", "phát triển", "bảo vệ", "an toàn", "hoạt động", "dịch vụ", "công nghiệp", "nông thôn",
              "đô thị", "biển", "rừng", "năng lượng", "dữ liệu", "tài chính", "văn hóa", "thể thao", "giao thông",
              "hàng hải", "khoáng sản", "nước sạch", "thông tin", "doanh nghiệp", "hợp tác", "đầu tư", "thuế",
              "phí", "giá", "tiền tệ", "y tế", "giáo dục", "khoa học", "công nghệ", "lao động", "xã hội", "tư pháp")


UNKNOWN = ("hàng không", "vũ trụ", "điện hạt nhân", "thủy điện", "cảng cá", "ô tô", "xe máy", "đường thủy",
           "đê biển", "hải đăng", "khí tượng", "bản đồ số", "đô thị thông minh", "cấp nước", "thoát nước")


def _law_names() -> list[str]:
    data = json.loads((ROOT / "nlp" / "tables" / "law_names.json").read_text(encoding="utf-8"))
    return sorted({n for k, v in data.items() if not k.startswith("_") and k == "Luật" for n in v})


def build_registry(laws: int, others: int, rng: random.Random) -> tuple[list[KnownDocument], list[tuple[str, str, int]]]:
    """Documents, and the (name, number, year) of every law among them."""
    names = _law_names()
    made_up: set[str] = set()
    while len(names) + len(made_up) < laws // 2:
        words = rng.sample(VOCABULARY, rng.randint(2, 4))
        made_up.add(" ".join(words).capitalize())
    names = names + sorted(made_up)
    docs: list[KnownDocument] = []
    laws_made: list[tuple[str, str, int]] = []
    serial = 0
    while len(laws_made) < laws:
        name = rng.choice(names)
        year = rng.randint(1990, 2025)
        amending = rng.random() < 0.2
        title = f"Luật sửa đổi, bổ sung một số điều của Luật {name}" if amending else f"Luật {name}"
        serial += 1
        number = f"{serial}/{year}/QH{13 + (year - 2011) // 5}"
        docs.append(KnownDocument(number, "Luật", "Quốc hội", title, f"{year}-06-{rng.randint(10, 28)}"))
        laws_made.append((title, number, year))
    for i in range(others):
        year = rng.randint(2000, 2025)
        docs.append(KnownDocument(f"{i + 1}/{year}/NĐ-CP", "Nghị định", "Chính phủ",
                                  f"Quy định chi tiết Luật {rng.choice(names)}", f"{year}-01-15"))
    return docs, laws_made


def _typo(name: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(name) if ch.isalpha() and i > 6]
    i = rng.choice(letters)
    return name[:i] + name[i + 1:]


def build_queries(laws: list[tuple[str, str, int]], count: int, rng: random.Random) -> list[tuple[Citation, str | None, str]]:
    """Citations, the number each must resolve to (None: must stay unresolved) and the kind of query."""
    by_title: dict[str, list[tuple[str, int]]] = {}
    for title, number, year in laws:
        by_title.setdefault(title, []).append((number, year))
    queries: list[tuple[Citation, str | None, str]] = []
    for _ in range(count):
        title, number, year = rng.choice(laws)
        same = by_title[title]
        same_year = [n for n, y in same if y == year]
        roll = rng.random()
        expected: str | None
        kind = "exact name"
        if roll < 0.3:
            hint, cited_year = f"{title} năm {year}", year
            expected = number if len(same_year) == 1 else None
        elif roll < 0.45:
            hint, cited_year = title, None
            expected = number if len(same) == 1 else None
        elif roll < 0.7:
            kind = "misspelt or unknown name"
            if rng.random() < 0.5:
                hint, cited_year = f"{_typo(title, rng)} năm {year}", year
                expected = number if len(same_year) == 1 else None
            else:
                hint, cited_year = _typo(title, rng), None
                expected = number if len(same) == 1 else None
        elif roll < 0.85:
            kind = "misspelt or unknown name"
            words = " ".join(rng.sample(UNKNOWN, 3)).capitalize()
            hint, cited_year = (f"Luật {words} năm {year}", year) if rng.random() < 0.5 else (f"Luật {words}", None)
            expected = None
        else:
            other = 1990 + (year - 1990 + rng.randint(1, 30)) % 36
            hint, cited_year = f"{title} năm {other}", other
            hits = [n for n, y in same if y == other]
            expected = hits[0] if len(hits) == 1 else None
        queries.append((Citation(0, len(hint), hint, "Luật", None, title_hint=hint, year=cited_year), expected, kind))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=int, default=5000)
    parser.add_argument("--others", type=int, default=15000)
    parser.add_argument("--queries", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs, laws = build_registry(args.laws, args.others, rng)
    queries = build_queries(laws, args.queries, rng)

    start = time.perf_counter()
    resolver = Resolver(docs)
    built = time.perf_counter() - start
    lookup = resolver._resolve_name  # the uncached look-up behind Resolver.resolve
    start = time.perf_counter()
    results = [lookup(c.title_hint, c.doc_type, c.year, c.issued, c.issuer) for c, _, _ in queries]
    elapsed = time.perf_counter() - start
    print(f"registry: {len(docs)} documents ({args.laws} laws); resolver built in {built:.2f} s")
    print(f"name look-ups (uncached): {len(queries) / elapsed:,.0f} /s   ({len(queries)} in {elapsed:.2f} s)")
    for kind in ("exact name", "misspelt or unknown name"):
        some = [c for c, _, k in queries if k == kind]
        start = time.perf_counter()
        for c in some:
            lookup(c.title_hint, c.doc_type, c.year, c.issued, c.issuer)
        print(f"  {kind:<26} {len(some) / (time.perf_counter() - start):,.0f} /s   ({len(some)} look-ups)")

    right = sum(1 for (_, want, _), got in zip(queries, results) if want is not None and got.number == want)
    stayed = sum(1 for (_, want, _), got in zip(queries, results) if want is None and got.number is None)
    missed = sum(1 for (_, want, _), got in zip(queries, results) if want is not None and got.number is None)
    wrong = sum(1 for (_, want, _), got in zip(queries, results) if got.number is not None and got.number != want)
    print(f"  resolved as expected {right}, unresolved as expected {stayed}, "
          f"unresolved but resolvable {missed}, resolved to another document {wrong}")


if __name__ == "__main__":
    main()
