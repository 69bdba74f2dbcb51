"""Impact analysis at national scale, on a synthetic registry and synthetic procedures.

    .venv/bin/python bench/impact_scale.py [--documents 100000] [--procedures 100000] [--db PATH]

Generates a registry with the relation density of the real one (about 0.4 relations a document:
amendments, replacements, partial repeals, guidance, chains of replacements) and procedures that
cite 3–8 documents each with a skewed popularity (a few decrees are cited by thousands), stores
them in a fresh SQLite file, then prints:
  - full analysis time (re-resolution, impacts, task sync) and the process's peak memory;
  - a second full analysis (nothing new: tasks unchanged);
  - incremental analysis after 500 new documents (`analyze --since`);
  - weekly report time (build + XLSX).
Targets on the 2-core reference machine: full < 120 s and < 4 GB, incremental < 5 s.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from impact.api import build_weekly_report, run_analysis  # noqa: E402
from impact.models import Citation, LegalDocument, Procedure, ProcedureCitation, Relation  # noqa: E402
from impact.reports import iso_week, render_report  # noqa: E402
from impact.store import Store  # noqa: E402

TYPES = [  # (doc_type, issuer, suffix, share)
    ("Nghị định", "Chính phủ", "NĐ-CP", 0.25),
    ("Thông tư", "Bộ Tài chính", "TT-BTC", 0.12),
    ("Thông tư", "Bộ Nội vụ", "TT-BNV", 0.10),
    ("Thông tư", "Bộ Tư pháp", "TT-BTP", 0.08),
    ("Quyết định", "Thủ tướng Chính phủ", "QĐ-TTg", 0.10),
    ("Quyết định", "Ủy ban nhân dân tỉnh", "QĐ-UBND", 0.25),
    ("Luật", "Quốc hội", "QH15", 0.03),
    ("Nghị quyết", "Hội đồng nhân dân tỉnh", "NQ-HĐND", 0.07),
]
RELATION_SHARE = 0.4
RELATION_KINDS = [("amends", 0.40), ("replaces", 0.30), ("repeals", 0.10), ("guides", 0.20)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_documents(count: int, rng: random.Random, *, start_year: int = 2000, end_year: int = 2026,
                        first_index: int = 0) -> list[LegalDocument]:
    """`count` documents in issue order; about 40 % state one relation to an older document, a
    third of those to one of the 2 % most-cited documents (the laws and decrees everybody cites)."""
    weights = [share for *_, share in TYPES]
    documents: list[LegalDocument] = []
    popular: list[LegalDocument] = []
    span = (dt.date(end_year, 11, 1) - dt.date(start_year, 1, 1)).days
    for index in range(count):
        doc_type, issuer, suffix, _ = rng.choices(TYPES, weights)[0]
        issued = dt.date(start_year, 1, 1) + dt.timedelta(days=span * index // max(count, 1))
        effective = issued + dt.timedelta(days=rng.choice((0, 15, 45, 60)))
        number = f"{first_index + index + 1}/{issued.year}/{suffix}"
        relations = ()
        if documents and rng.random() < RELATION_SHARE:
            kind = rng.choices([k for k, _ in RELATION_KINDS], [w for _, w in RELATION_KINDS])[0]
            target = rng.choice(popular) if popular and rng.random() < 0.3 else rng.choice(documents)
            articles = (f"Điều {rng.randint(1, 40)}",) if kind in ("amends", "repeals") and rng.random() < 0.5 else ()
            relations = (Relation(type=kind, target=target.number, articles=articles,
                                  evidence=f"{doc_type} này {kind} {target.number}."),)
        document = LegalDocument(
            number=number, doc_type=doc_type, issuer=issuer, title=f"Quy định về lĩnh vực {index % 997}",
            issued=issued.isoformat(), effective=effective.isoformat(), status="in_force", source="bench",
            relations=relations, collected=issued.isoformat(),
        )
        documents.append(document)
        if rng.random() < 0.02:
            popular.append(document)
    return documents


def synthetic_procedures(count: int, documents: list[LegalDocument], rng: random.Random) -> list[Procedure]:
    """Procedures of ~3,000 agencies, issued 2016–2025, citing 3–8 documents issued before them
    (half from the most-cited ones), mostly documents still in force on the procedure's date."""
    ended: dict[str, str] = {}
    for document in documents:
        for relation in document.relations:
            if relation.type == "replaces":
                ended[relation.target] = min(ended.get(relation.target, "9999"), document.effective)
    popular = documents[:: max(1, len(documents) // 2000)]
    issued_dates = [d.issued for d in documents]
    procedures = []
    for index in range(count):
        issued = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        available = bisect.bisect_right(issued_dates, issued.isoformat())
        if available == 0:
            continue
        cited: set = set()
        for _ in range(rng.randint(3, 8)):
            pick = rng.choice(popular) if rng.random() < 0.5 else documents[rng.randrange(available)]
            in_force = ended.get(pick.number, "9999") > issued.isoformat()
            if pick.issued <= issued.isoformat() and (in_force or rng.random() < 0.1):
                cited.add(pick)
        citations, offset = [], 0
        for document in cited:
            surface = f"{document.doc_type} số {document.number}"
            articles = (f"Điều {rng.randint(1, 40)}",) if rng.random() < 0.3 else ()
            citations.append(ProcedureCitation(
                citation=Citation(start=offset, end=offset + len(surface), surface=surface,
                                  doc_type=document.doc_type, number=document.number, articles=articles),
                resolved=document.number, confidence=1.0, method="exact", in_legal_basis=True, line=surface))
            offset += len(surface) + 1
        procedures.append(Procedure(
            id=f"QT-{index:06d}", agency=f"Cơ quan {index % 3000:04d}", title=f"Quy trình số {index}",
            file=f"QT-{index:06d}.docx", version=0, text="", citations=tuple(citations),
            content_hash=f"{index:064d}", issued=issued.isoformat(),
        ))
    return procedures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--procedures", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=500, help="new documents for the incremental run")
    parser.add_argument("--db", help="SQLite file to create (default: a temporary file)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    workdir = tempfile.mkdtemp(prefix="regimpact-bench-")
    store = Store(args.db or Path(workdir) / "scale.db")

    started = time.perf_counter()
    documents = synthetic_documents(args.documents, rng)
    procedures = synthetic_procedures(args.procedures, documents, rng)
    store.upsert_documents(documents)
    store.save_procedures(procedures)
    relations = sum(len(d.relations) for d in documents)
    citations = sum(len(p.citations) for p in procedures)
    print(f"setup: {args.documents:,} documents ({relations:,} relations), {args.procedures:,} procedures "
          f"({citations:,} citations) stored in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    summary = run_analysis(store)
    full = time.perf_counter() - started
    print(f"full analysis: {full:.1f} s, {summary.impacts:,} impacts, tasks {summary.tasks.as_dict()}, "
          f"peak RSS {peak_rss_mb():,.0f} MB")

    started = time.perf_counter()
    again = run_analysis(store)
    print(f"second full analysis (nothing new): {time.perf_counter() - started:.1f} s, tasks {again.tasks.as_dict()}")

    last_issued = dt.date.fromisoformat(documents[-1].issued)
    fresh = synthetic_documents(args.new, rng, start_year=2026, end_year=2026, first_index=args.documents + 10_000)
    since = last_issued + dt.timedelta(days=1)
    day = since.isoformat()
    fresh = [replace(d, issued=day, effective=day, collected=day,
                     relations=(Relation(type=rng.choice(("amends", "replaces")), target=rng.choice(documents).number),))
             for d in fresh]
    store.upsert_documents(fresh)
    started = time.perf_counter()
    incremental = run_analysis(store, since=since)
    print(f"incremental analysis ({args.new} new documents): {time.perf_counter() - started:.2f} s, "
          f"{incremental.impacts:,} impacts, tasks {incremental.tasks.as_dict()}")

    started = time.perf_counter()
    report = build_weekly_report(store, iso_week(since))
    xlsx = render_report(report, "xlsx")
    print(f"weekly report {report.week}: {time.perf_counter() - started:.1f} s "
          f"({len(report.new_documents)} new documents, {len(report.new_tasks):,} new tasks, XLSX {len(xlsx) / 1e6:.1f} MB)")
    print(f"peak RSS overall: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
