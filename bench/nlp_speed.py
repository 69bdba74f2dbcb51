"""Throughput of citation extraction over a corpus of real text, against one regex scan.

    .venv/bin/python bench/nlp_speed.py [CORPUS_DIR] [--repeat 3] [--no-spacy]

Reads every .md/.txt file under CORPUS_DIR (default: the shared corpus beside the repository) and
prints, in MB/s of UTF-8 input, file reading included:
  - the baseline: one compiled regex scan for document numbers with their type word, and the
    narrowest scan, for year-form numbers only;
  - the fast path: `extract_citations` (normalisation, scan, names, dates, pinpoints);
  - an `extract`-like run: the fast path plus one JSON line per citation, as `regimpact extract`
    prints them;
  - the spaCy pipeline (`make_pipeline()`, tokenizer included) over the same files;
and the ratios regex time / fast-path time. Each figure is the best of --repeat runs, measured in
the same process, so that a busy machine slows the baseline and the fast path alike.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.citations import extract_citations  # noqa: E402

# What a plain regex extractor would run: a type word (optional), 'số', then a document number.
# Its optional leading group makes the engine try it at every position, like most hand-written
# citation regexes. NUMBERS_ONLY, year-form numbers only (61/2018/NĐ-CP: no type word, no
# year-less or old numbers), is the narrowest and fastest scan; its ratio is printed too.
NUMBERS_ONLY = re.compile(r"\d+/\d{4}/[A-ZĐ][A-ZĐ0-9-]*")
BASELINE = re.compile(
    r"(?:(?:Nghị định|Thông tư|Quyết định|Nghị quyết|Luật|Pháp lệnh|Chỉ thị)\s+)?(?:số\s*)?"
    r"\d+(?:/\d{4})?/[A-ZĐ][A-ZĐa-z0-9&-]*"
)


def _files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt") and p.is_file())


def _best(run, repeat: int) -> tuple[float, int]:
    best, result = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def _default_corpus() -> Path | None:
    for candidate in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=_default_corpus(), help="folder of .md/.txt files")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy pipeline")
    args = parser.parse_args()
    if args.corpus is None or not args.corpus.is_dir():
        parser.error("give the path of a corpus folder")
    files = _files(args.corpus)
    size = sum(p.stat().st_size for p in files)
    print(f"corpus: {args.corpus} ({len(files)} files, {size / 1e6:.1f} MB)")

    def regex_scan() -> int:
        return sum(sum(1 for _ in BASELINE.finditer(p.read_text(encoding="utf-8"))) for p in files)

    def numbers_scan() -> int:
        return sum(sum(1 for _ in NUMBERS_ONLY.finditer(p.read_text(encoding="utf-8"))) for p in files)

    def fast_path() -> int:
        return sum(len(extract_citations(p.read_text(encoding="utf-8"))) for p in files)

    def extract_like() -> int:
        lines = 0
        for p in files:
            for c in extract_citations(p.read_text(encoding="utf-8")):
                json.dumps(c.to_json(), ensure_ascii=False)
                lines += 1
        return lines

    extract_citations("warm up: Nghị định số 61/2018/NĐ-CP")  # compile the patterns outside the timing
    t_regex, n_regex = _best(regex_scan, args.repeat)
    t_numbers, n_numbers = _best(numbers_scan, args.repeat)
    t_fast, n_fast = _best(fast_path, args.repeat)
    t_extract, _ = _best(extract_like, args.repeat)
    mb = size / 1e6
    print(f"regex scan (baseline)     {mb / t_regex:6.2f} MB/s   {n_regex} matches")
    print(f"year-form numbers scan    {mb / t_numbers:6.2f} MB/s   {n_numbers} matches")
    print(f"fast path                 {mb / t_fast:6.2f} MB/s   {n_fast} citations   ratio regex/fast {t_regex / t_fast:.2f}"
          f"   (year-form regex/fast {t_numbers / t_fast:.2f})")
    print(f"extract (JSON lines)      {mb / t_extract:6.2f} MB/s   ratio regex/extract {t_regex / t_extract:.2f}"
          f"   (year-form regex/extract {t_numbers / t_extract:.2f})")

    if not args.no_spacy:
        from nlp.pipeline import make_pipeline

        nlp = make_pipeline()
        nlp.max_length = max(nlp.max_length, max(p.stat().st_size for p in files) + 1)

        def spacy_path() -> int:
            texts = (p.read_text(encoding="utf-8") for p in files)
            return sum(len(doc.spans["citations"]) for doc in nlp.pipe(texts, batch_size=8))

        t_spacy, n_spacy = _best(spacy_path, 1)
        print(f"spaCy pipeline            {mb / t_spacy:6.2f} MB/s   {n_spacy} citation spans")


if __name__ == "__main__":
    main()
