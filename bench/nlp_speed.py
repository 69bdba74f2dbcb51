"""Throughput of citation extraction over real text, against one compiled-regex scan of the same text.

    .venv/bin/python bench/nlp_speed.py [CORPUS_DIR] [--repeat 3] [--no-spacy] [--no-cli]

Reads every .md/.txt file under CORPUS_DIR (default: the shared corpus beside the repository; give
the pháp điển folder, 23.7 MB, for the figures of the issue) and prints, in MB/s of UTF-8 input:
  - the reference: one compiled regex scan for document numbers (`\\d+/\\d{4}/[A-ZĐ]+(?:-[A-ZĐ]+)*`),
    file reading included, and a wider regex (a type word, 'số', year-less numbers) for comparison;
  - the fast path: read + `extract_citations` (normalisation, anchors, names, dates, pinpoints);
  - `regimpact extract FILE...` run as a subprocess with stdout to a file: interpreter start,
    imports, pattern compilation, reading, extraction and JSON lines, all of it; as a user runs it
    (one worker process per core) and with `--workers 1` (one process);
  - the spaCy pipeline (`make_pipeline()`, tokenizer included) over the same files;
and the ratios reference time / fast-path time and reference time / CLI time (the target is >= 0.5
for both). MB/s figures are the best of --repeat rounds; the rounds interleave the measurements, and
the ratios are the median of each round's ratio, so that a machine busy in bursts (other jobs on a
shared host) slows the reference and the extractors alike.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.citations import extract_citations  # noqa: E402

# The reference of the issue: one compiled regex that finds year-form document numbers.
REFERENCE = re.compile(r"\d+/\d{4}/[A-ZĐ]+(?:-[A-ZĐ]+)*")
# What a hand-written citation regex would look like: an optional type word and 'số' before a
# number with or without a year. The optional lead makes the engine try it at every position.
WIDER = re.compile(
    r"(?:(?:Nghị định|Thông tư|Quyết định|Nghị quyết|Luật|Pháp lệnh|Chỉ thị)\s+)?(?:số\s*)?"
    r"\d+(?:/\d{4})?/[A-ZĐ][A-ZĐa-z0-9&-]*"
)
MIN_CLI_BYTES = 20_000_000


def _files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt") and p.is_file())


def _default_corpus() -> Path | None:
    for candidate in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate
    return None


def _timed(run) -> tuple[float, int]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def _regimpact() -> list[str]:
    script = ROOT / ".venv" / "bin" / "regimpact"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "impact.cli"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=_default_corpus(), help="folder of .md/.txt files")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy pipeline")
    parser.add_argument("--no-cli", action="store_true", help="skip the `regimpact extract` subprocess")
    args = parser.parse_args()
    if args.corpus is None or not args.corpus.is_dir():
        parser.error("give the path of a corpus folder")
    files = _files(args.corpus)
    size = sum(p.stat().st_size for p in files)
    mb = size / 1e6
    print(f"corpus: {args.corpus} ({len(files)} files, {mb:.1f} MB)")
    if not args.no_cli and size < MIN_CLI_BYTES:
        print(f"note: the CLI figure is meant for >= {MIN_CLI_BYTES / 1e6:.0f} MB of text (startup weighs more on less)")

    def reference() -> int:
        return sum(sum(1 for _ in REFERENCE.finditer(p.read_text(encoding="utf-8"))) for p in files)

    def wider() -> int:
        return sum(sum(1 for _ in WIDER.finditer(p.read_text(encoding="utf-8"))) for p in files)

    def fast_path() -> int:
        return sum(len(extract_citations(p.read_text(encoding="utf-8"))) for p in files)

    out = tempfile.NamedTemporaryFile(prefix="regimpact-extract-", suffix=".jsonl", delete=False)
    out.close()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")

    def cli_run(*options: str):
        command = _regimpact() + ["extract", *options, *map(str, files)]

        def cli() -> int:
            with open(out.name, "wb") as stdout:
                subprocess.run(command, stdout=stdout, check=True, env=env, cwd=ROOT)
            with open(out.name, "rb") as lines:
                return sum(1 for _ in lines)
        return cli

    extract_citations("warm up: Nghị định số 61/2018/NĐ-CP")  # compile the patterns outside the timing
    best: dict[str, float] = {}
    counts: dict[str, int] = {}
    rounds: list[dict[str, float]] = []
    measures = {"reference": reference, "wider": wider, "fast": fast_path}
    if not args.no_cli:
        measures["cli"] = cli_run()
        measures["cli1"] = cli_run("--workers", "1")
    for _ in range(args.repeat):
        rounds.append({})
        for name, run in measures.items():
            seconds, counts[name] = _timed(run)
            rounds[-1][name] = seconds
            best[name] = min(best.get(name, float("inf")), seconds)

    def ratio(name: str) -> str:
        per_round = [r["reference"] / r[name] for r in rounds]
        return f"{median(per_round):.2f} (rounds {min(per_round):.2f}-{max(per_round):.2f})"
    os.unlink(out.name)

    t_ref = best["reference"]
    print(f"reference regex scan      {mb / t_ref:6.2f} MB/s   {counts['reference']} matches   "
          f"(\\d+/\\d{{4}}/[A-ZĐ]+(?:-[A-ZĐ]+)*, file reading included)")
    print(f"wider citation regex      {mb / best['wider']:6.2f} MB/s   {counts['wider']} matches")
    print(f"fast path                 {mb / best['fast']:6.2f} MB/s   {counts['fast']} citations   "
          f"ratio reference/fast {ratio('fast')}")
    if "cli" in best:
        print(f"regimpact extract (CLI)   {mb / best['cli']:6.2f} MB/s   {counts['cli']} JSON lines   "
              f"ratio reference/CLI {ratio('cli')}   (subprocess, stdout to a file, "
              f"{len(os.sched_getaffinity(0))} cores)")
        print(f"  the same, --workers 1   {mb / best['cli1']:6.2f} MB/s   {counts['cli1']} JSON lines   "
              f"ratio reference/CLI {ratio('cli1')}   (one process)")

    if not args.no_spacy:
        from nlp.pipeline import make_pipeline

        nlp = make_pipeline()
        nlp.max_length = max(nlp.max_length, max(p.stat().st_size for p in files) + 1)

        def spacy_path() -> int:
            texts = (p.read_text(encoding="utf-8") for p in files)
            return sum(len(doc.spans["citations"]) for doc in nlp.pipe(texts, batch_size=8))

        t_spacy, n_spacy = _timed(spacy_path)
        print(f"spaCy pipeline            {mb / t_spacy:6.2f} MB/s   {n_spacy} citation spans   "
              f"ratio reference/spaCy {t_ref / t_spacy:.2f}")


if __name__ == "__main__":
    main()
