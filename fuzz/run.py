"""Fuzz quizgen's loaders and generator with atheris (libFuzzer for Python) for a time budget.

    pip install atheris                    # once; not needed for the test suite
    python fuzz/run.py                     # 60 s for each target
    python fuzz/run.py --seconds 300 --target sets

Targets, each fed the fuzzer's bytes:
  article   the bytes as an article file (.txt, .md or .html) -> read_article -> NLP
  sets      the bytes as a question-set file -> check_file and load_set
  generate  the bytes as UTF-8 text -> generate_set, and every question through rules.py

A finding is an exception a user could never be meant to see (anything but a
QuizgenError), a question that breaks the generator's rules, or an input that
libFuzzer flags as a hang (-timeout) or as using too much memory. Each target
runs in its own process, coverage-guided over the quizgen code; Python findings
are recorded and the run goes on, so one bug does not hide the next. Findings
and the inputs behind them are written to --findings (default ./fuzz-findings).
It prints, for each target, how many inputs it ran and what it found, and
exits 1 if anything was found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

TARGETS = ("article", "sets", "generate")
# Inputs to start from; the fuzzer mutates them (and finds its own).
SEEDS = {
    "article": [
        b"The ferry between Helsinki and Tallinn carried 2,300 people on 2 April 2024.\n",
        b"<html><body><article><p>The port of Valletta reopened in June 2022.</p>"
        b"<script>x()</script></article></body></html>",
        b"# Harbour news\n\nAbout 40% of the [cargo](http://x) arrives by sea.\n",
        "Caf\u00e9 owners in Z\u00fcrich met on 3 May 2021.".encode("utf-16"),
    ],
    "sets": [
        b"title: Rivers\nid: rivers\nquestions:\n  - cloze: \"The {{Danube}} flows east.\"\n"
        b"  - q: Which river?\n    a: Tagus\n    wrong: [Douro, Ebro]\n",
        b"title: x\nid: x\nquestions:\n  - id: a\n    type: mcq\n    question: Where?\n"
        b"    answer: Oslo\n    choices: [Oslo, Bergen]\n    reviewed: true\n",
        b"a: &a [x, x]\nb: [*a, *a]\ntitle: !!str y\n",
    ],
    "generate": [
        b"Anna Berg, the mayor of Oslo, opened a bridge on 4 May 2021. It cost $40 million.",
        b"About 60% of the 850 workers at Nordic Rail in Bergen voted for the deal in 2019.",
        b"The [bold]pier[/] {{c1::in}} Porto :: cost \xe2\x82\xac12 million <b>in</b> 1911.",
    ],
}
_DONE_RUNS = re.compile(r"Done (\d+) runs in (\d+) second")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--target", choices=TARGETS, action="append",
                        help="fuzz only this target (repeatable; default: all)")
    parser.add_argument("--seconds", type=int, default=60, help="budget per target (default 60)")
    parser.add_argument("--findings", type=Path, default=Path("fuzz-findings"),
                        help="folder for findings and the inputs behind them")
    parser.add_argument("--child", choices=TARGETS, help=argparse.SUPPRESS)
    parser.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    args, libfuzzer_args = parser.parse_known_args(argv)
    if args.child:
        return run_child(args.child, args.findings, args.workspace, libfuzzer_args)
    try:
        import atheris  # noqa: F401 - only checking it is there
    except ImportError:
        print("fuzz/run.py needs atheris: pip install atheris", file=sys.stderr)
        return 2
    args.findings.mkdir(parents=True, exist_ok=True)
    found_any = False
    print(f"{'target':<10} {'inputs':>10} {'seconds':>8}  findings")
    for target in args.target or TARGETS:
        runs, seconds, findings = run_target(target, args.seconds, args.findings)
        found_any = found_any or bool(findings)
        print(f"{target:<10} {runs:>10,} {seconds:>8}  {len(findings)}", flush=True)
        for finding in findings:
            print(f"    {finding}")
    return 1 if found_any else 0


def run_target(target: str, seconds: int, findings: Path) -> tuple[int, int, list[str]]:
    """Fuzz one target in a child process; return (inputs run, seconds, finding summaries)."""
    for old in findings.glob(f"{target}-*"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix=f"quizgen-fuzz-{target}-") as scratch:
        corpus, workspace = Path(scratch, "corpus"), Path(scratch, "work")
        corpus.mkdir()
        workspace.mkdir()
        for number, seed in enumerate(SEEDS[target]):
            (corpus / f"seed-{number}").write_bytes(seed)
        command = [
            sys.executable, __file__, "--child", target, "--findings", str(findings),
            "--workspace", str(workspace), str(corpus),
            f"-max_total_time={seconds}", "-timeout=30", "-rss_limit_mb=3072",
            f"-max_len={65536 if target == 'sets' else 8192}",
            f"-artifact_prefix={findings}/{target}-libfuzzer-",
        ]
        started = time.monotonic()
        child = subprocess.run(command, capture_output=True, text=True, errors="replace")
        elapsed = round(time.monotonic() - started)
    done = _DONE_RUNS.search(child.stderr)
    runs = int(done.group(1)) if done else _last_count(findings, target)
    summaries = [json.loads(path.read_text())["summary"]
                 for path in sorted(findings.glob(f"{target}-*.json"))]
    if child.returncode != 0:
        # libFuzzer stopped on something Python could not catch: a hang, memory, a crash.
        reason = next((line for line in child.stderr.splitlines() if "ERROR: libFuzzer" in line
                       or "ALARM" in line or "==ERROR" in line), f"exit {child.returncode}")
        summaries.append(f"libFuzzer stopped: {reason.strip()} (input in {findings})")
    return runs, elapsed, summaries


def _last_count(findings: Path, target: str) -> int:
    stats = findings / f"{target}.count"
    return int(stats.read_text()) if stats.exists() else 0


def run_child(target: str, findings: Path, workspace: Path, libfuzzer_args: list[str]) -> int:
    import atheris

    with atheris.instrument_imports(include=["quizgen"]):
        check = _checker(target)
    seen: set[str] = set()
    count = [0]

    def test_one_input(data: bytes) -> None:
        count[0] += 1
        if count[0] % 1000 == 0:
            (findings / f"{target}.count").write_text(str(count[0]))
        try:
            check(data, workspace)
        except Exception as error:  # anything but a QuizgenError escaping is a finding
            _record(target, data, error, findings, seen)

    atheris.Setup([sys.argv[0], *libfuzzer_args], test_one_input)
    atheris.Fuzz()
    return 0


def _record(target: str, data: bytes, error: Exception, findings: Path, seen: set[str]) -> None:
    frame = traceback.extract_tb(error.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    keys = ([f"rule broken: {rule}" for rule in error.rules] if isinstance(error, RuleBroken)
            else [f"{type(error).__name__} at {where}"])
    new = [key for key in keys if key not in seen]
    if not new:
        return  # the same bug again: keep the first input only
    seen.update(new)
    key = "; ".join(new)
    digest = hashlib.sha1(data).hexdigest()[:12]
    (findings / f"{target}-{digest}.input").write_bytes(data)
    summary = f"{key}: {str(error)[:200]!r} (input {target}-{digest}.input)"
    (findings / f"{target}-{digest}.json").write_text(json.dumps({
        "summary": summary,
        "traceback": traceback.format_exception(error),
    }, indent=2))


class RuleBroken(Exception):
    """A generated question that breaks the generator's own rules (rules.py)."""

    def __init__(self, question_id: str, broken: list[str]) -> None:
        super().__init__(f"{question_id}: {broken}")
        # Which rules, without the quoted specifics, so that each rule is one finding.
        self.rules = sorted({_QUOTED.sub("…", message).split(":")[0] for message in broken})


def _checker(target: str) -> Callable[[bytes, Path], None]:
    from quizgen.article import article_from_text, read_article
    from quizgen.errors import QuizgenError
    from quizgen.generate import generate_set
    from quizgen.generate.rules import rule_violations
    from quizgen.nlp.pipeline import analyse
    from quizgen.sets import check_file, load_set

    def article(data: bytes, workspace: Path) -> None:
        suffix = (".txt", ".md", ".html")[data[0] % 3] if data else ".txt"
        path = workspace / f"article{suffix}"
        path.write_bytes(data[1:])
        try:
            read = read_article(path, warn=lambda _: None)
        except QuizgenError:
            return
        analyse(read)

    def sets(data: bytes, workspace: Path) -> None:
        path = workspace / "set.yaml"
        path.write_bytes(data)
        problems = check_file(path)
        try:
            load_set(path)
        except QuizgenError:
            if not problems:
                raise AssertionError("load_set refused a file that check_file passed") from None

    def generate(data: bytes, workspace: Path) -> None:
        text = data.decode("utf-8", "replace")
        article = article_from_text(text)
        document = analyse(article)
        for question in generate_set(article, document=document).questions:
            broken = rule_violations(question, document)
            if broken:
                raise RuleBroken(question.id, broken)

    return {"article": article, "sets": sets, "generate": generate}[target]


if __name__ == "__main__":
    sys.exit(main())
