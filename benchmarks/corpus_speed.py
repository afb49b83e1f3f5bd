"""Speed and memory of corpus runs on the BBC News corpus, checked against floors.

    python benchmarks/corpus_speed.py                 # the whole measurement (about 3 min on 2 cores, compiled)
    python benchmarks/corpus_speed.py --repeat 3      # a shorter memory check
    python benchmarks/corpus_speed.py --parts c       # only the speed-up of 2 workers over 1
    python benchmarks/corpus_speed.py --parts c --runs 5   # ... from 5 pairs of runs
    python benchmarks/corpus_speed.py --profile 20    # also print the 20 costliest functions

Prints, in one run:

(a) words/s of the full analysis (load → segment → attribute → voices → tone → frames → tables)
    on one core, in this process, with the time of each stage;
(b) words/s of a bare VADER pass (``SentimentIntensityAnalyzer.polarity_scores``) over the same
    sentences, in the same process, and the ratio time(full) / time(VADER) (floor: ≤ 1.5);
(c) the speed-up of ``run_corpus`` on 2 workers over 1 (floor: ≥ 1.7×), each in a fresh process:
    ``--runs`` pairs of runs, the two of a pair one right after the other (1 worker first in odd
    pairs, 2 workers first in even ones), each pair's ratio printed; the floor applies to their
    median, so that one pair slowed by another job on the machine does not decide it;
(d) the peak memory of a run over the corpus and over the corpus repeated ``--repeat`` times
    (floor: growth < 20 %): the high-water of the summed RSS of the run's processes, sampled,
    and each process's own high-water (``getrusage``).

Exits 1 naming each floor missed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.config import BBC_CORPUS  # noqa: E402
from analysis.load import LoadFailure, iter_corpus  # noqa: E402

MAX_VADER_RATIO = 1.5
MIN_SPEEDUP = 1.7
MAX_MEMORY_GROWTH = 0.20


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC_CORPUS, help="folder of .txt articles")
    parser.add_argument("--repeat", type=int, default=10, help="copies of the corpus for (d)")
    parser.add_argument("--chunk-size", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3,
                        help="pairs of runs (1 and 2 workers) for (c); the floor applies to the "
                             "median of their speed-ups (default: 3)")
    parser.add_argument("--parts", default="abcd",
                        help="which measurements to run, e.g. 'c' for the speed-up only (default: abcd)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile the one-core pass and print its N costliest functions")
    parser.add_argument("--child", nargs=3, metavar=("INPUT", "OUT", "WORKERS"),
                        help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# --- (a) and (b): one core, in this process ---------------------------------------------------


def one_core(corpus: Path, *, chunk_size: int, profile: int) -> dict[str, float]:
    """Time the full analysis of the corpus, stage by stage, then a bare VADER pass."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis import pipeline
    from analysis.corpus_parts import Chunk, WorkerState, analyse_chunk, chunk_key
    from analysis.metadata import load_outlets
    from analysis.pipeline import load_resources

    state = WorkerState(load_resources(), load_outlets())
    stages = _instrument(pipeline)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    records = list(iter_corpus(corpus))
    loaded = time.perf_counter()
    sentences: list[str] = []
    words = 0
    for index in range(0, len(records), chunk_size):
        items = tuple(records[index : index + chunk_size])
        result = analyse_chunk(Chunk(index, chunk_key(index, items), items), state)
        sentences.extend(result.tables["sentences"]["text"].tolist())
        words += result.counts.words
    full = time.perf_counter() - started
    if profiler:
        profiler.disable()
    analyser = SentimentIntensityAnalyzer()
    vader_started = time.perf_counter()
    for text in sentences:
        analyser.polarity_scores(text)
    vader = time.perf_counter() - vader_started
    print(f"(a) full analysis, one core: {len(records)} records, {words:,} words in {full:.1f} s "
          f"= {words / full:,.0f} words/s")
    _print_stages(dict(stages), load=loaded - started, full=full)
    print(f"(b) bare VADER over the same {len(sentences):,} sentences: {vader:.1f} s "
          f"= {words / vader:,.0f} words/s; time(full)/time(VADER) = {full / vader:.2f} "
          f"(floor ≤ {MAX_VADER_RATIO})")
    if profiler:
        print(f"    the {profile} costliest functions of the one-core pass (cumulative):")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(profile)
    return {"full": full, "vader": vader, "words": words}


def _instrument(pipeline_module) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Wrap the stage functions the pipeline calls so each one's time adds up by name."""
    totals: dict[str, float] = defaultdict(float)
    for name in ("segment", "attribute", "assign_voices", "score_voices", "find_frames"):
        real = getattr(pipeline_module, name)

        def timed(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return _real(*args, **kwargs)
            finally:
                totals[_name] += time.perf_counter() - started

        setattr(pipeline_module, name, timed)
    return totals


def _print_stages(stages: dict[str, float], *, load: float, full: float) -> None:
    rest = full - load - sum(stages.values())
    parts = [f"load {load:.1f} s ({load / full:.0%})"]
    parts += [f"{name} {seconds:.1f} s ({seconds / full:.0%})" for name, seconds in stages.items()]
    parts.append(f"metadata and tables {rest:.1f} s ({rest / full:.0%})")
    print("    stages: " + ", ".join(parts))


# --- (c) and (d): run_corpus in fresh processes ------------------------------------------------


def child(input_path: str, out_dir: str, workers: str) -> None:
    """Run one corpus run and print its figures as JSON (the parent samples its memory)."""
    from analysis.corpus import run_corpus

    result = run_corpus(input_path, out_dir, workers=int(workers), progress=False, force=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": result.seconds, "words": result.words, "articles": result.articles,
                      "maxrss_self_kb": own, "maxrss_children_kb": children}))


def measured_run(input_path: Path, out_dir: Path, *, workers: int) -> dict[str, float]:
    """A corpus run in a fresh process, with the high-water of its process tree's summed RSS."""
    import psutil

    command = [sys.executable, __file__, "--child", str(input_path), str(out_dir), str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = {"tree": 0, "largest": 0}
    stop = threading.Event()

    def sample() -> None:
        try:
            root = psutil.Process(process.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            total = largest = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        rss = proc.memory_info().rss
                    except psutil.Error:
                        continue
                    total += rss
                    largest = max(largest, rss)
            except psutil.Error:
                pass
            peak["tree"] = max(peak["tree"], total)
            peak["largest"] = max(peak["largest"], largest)
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"the corpus run failed (exit {process.returncode}): {' '.join(command)}")
    figures = json.loads(output.strip().splitlines()[-1])
    figures["tree_peak_mb"] = peak["tree"] / 2**20
    figures["largest_process_peak_mb"] = peak["largest"] / 2**20
    return figures


def write_copies(corpus: Path, folder: Path, copies: int) -> Path:
    """The corpus as JSONL, ``copies`` times over with distinct ids (failures left out)."""
    path = folder / f"corpus_x{copies}.jsonl"
    articles = [a for a in iter_corpus(corpus) if not isinstance(a, LoadFailure)]
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for article in articles:
                record = {"id": f"{copy}/{article.id}", "title": article.title, "text": article.text}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _mb(figures: dict[str, float]) -> str:
    return (f"process tree {figures['tree_peak_mb']:.0f} MB (largest process "
            f"{figures['largest_process_peak_mb']:.0f} MB; getrusage main "
            f"{figures['maxrss_self_kb'] / 1024:.0f} MB, children "
            f"{figures['maxrss_children_kb'] / 1024:.0f} MB)")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if not args.corpus.is_dir():
        print(f"{args.corpus} is absent: the BBC corpus lives in ../shared beside the checkout")
        return 2
    missed: list[str] = []
    from analysis import native

    print(f"attribution modules: {native.state()} (`python -m analysis native status`)")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(other busy processes skew (c) most)")
    if "a" in args.parts or "b" in args.parts:
        first = one_core(args.corpus, chunk_size=args.chunk_size, profile=args.profile)
        ratio = first["full"] / first["vader"]
        if ratio > MAX_VADER_RATIO:
            missed.append(f"(b) time(full)/time(VADER) = {ratio:.2f} > {MAX_VADER_RATIO}")
    with tempfile.TemporaryDirectory(prefix="corpus-speed-") as tmp:
        work = Path(tmp)
        once = write_copies(args.corpus, work, 1)
        runs: dict[int, dict[str, float]] = {}
        if "c" in args.parts:
            speedups: list[float] = []
            for pair in range(max(1, args.runs)):
                order = (1, 2) if pair % 2 == 0 else (2, 1)
                runs = {w: measured_run(once, work / f"out_w{w}", workers=w) for w in order}
                speedups.append(runs[1]["seconds"] / runs[2]["seconds"])
                print(f"(c) pair {pair + 1}: 1 worker {runs[1]['seconds']:.1f} s, 2 workers "
                      f"{runs[2]['seconds']:.1f} s = {runs[2]['words'] / runs[2]['seconds']:,.0f} "
                      f"words/s; speed-up {speedups[-1]:.2f}×; load average now "
                      f"{os.getloadavg()[0]:.1f}")
            speedup = statistics.median(speedups)
            print(f"    speed-up 2 workers / 1: median {speedup:.2f}× of {len(speedups)} pair(s) "
                  f"(min {min(speedups):.2f}×, max {max(speedups):.2f}×; floor ≥ {MIN_SPEEDUP}×)")
            if speedup < MIN_SPEEDUP:
                missed.append(f"(c) speed-up {speedup:.2f}× < {MIN_SPEEDUP}×")
        if "d" in args.parts:
            base = runs.get(2) or measured_run(once, work / "out_w2", workers=2)
            many = write_copies(args.corpus, work, args.repeat)
            repeated = measured_run(many, work / "out_many", workers=2)
            growth = repeated["tree_peak_mb"] / base["tree_peak_mb"] - 1
            print(f"(d) peak memory, 2 workers, corpus ×1 ({base['articles']:,} articles): {_mb(base)}")
            print(f"    corpus ×{args.repeat} ({repeated['articles']:,} articles, "
                  f"{repeated['seconds']:.0f} s): {_mb(repeated)}")
            print(f"    growth {growth:+.1%} (floor < {MAX_MEMORY_GROWTH:.0%})")
            if growth >= MAX_MEMORY_GROWTH:
                missed.append(f"(d) memory growth {growth:+.1%} ≥ {MAX_MEMORY_GROWTH:.0%}")
    for miss in missed:
        print(f"floor missed: {miss}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
