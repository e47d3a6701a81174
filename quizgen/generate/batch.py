"""`quizgen generate` over many articles: each read, generated and written in turn (flat memory).

Names seen in earlier articles become distractors for later ones
("other-article-entity"). So that the output does not depend on `-j`, the
articles are cut into fixed runs of _CHUNK in input order; an article sees
the names of the articles before it in its run, and each process takes
whole runs.
"""

from __future__ import annotations

import re
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import InputError, QuizgenError, UsageError
from quizgen.terminal import clean

if TYPE_CHECKING:
    from quizgen.article import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Names kept per kind from earlier articles: enough for distractors, bounded for memory.
_RUN_NAMES_PER_KIND = 200
_CHUNK = 8
_run_names: dict[str, deque[str]] = {}


@dataclass(frozen=True)
class BatchOptions:
    """What `quizgen generate` was asked for, besides inputs and output."""

    cloze: int | None = None
    mcq: int | None = None
    seed: int = 0
    min_quality: float = 0.4
    distractors: int = 3
    jobs: int = 1
    force: bool = False
    max_bytes: int = 10 * 1024 * 1024
    article_format: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One article's result: the summary line to print, or the error that stopped it."""

    summary: str = ""
    error: str = ""


def run_batch(
    inputs: Sequence[str],
    output: str | None,
    options: BatchOptions,
    *,
    update: str | None = None,
    prune: bool = False,
    dry_run: bool = False,
) -> int:
    """Generate a set for every article named by `inputs`; return the exit code.

    Raises QuizgenError for bad arguments (several articles without an output
    folder, --update with several articles) and, with a single article, for
    an article that cannot be read.
    """
    articles = expand_inputs(inputs)
    if (prune or dry_run) and not update:
        raise UsageError("--prune and --dry-run only apply with --update FILE")
    if update:
        if len(articles) != 1:
            raise UsageError("--update merges one article into one set; give exactly one")
        if output:
            raise UsageError("give either --update FILE or -o OUT, not both")
        print(_update(articles[0], update, options, prune=prune, dry_run=dry_run), file=sys.stderr)
        return 0
    targets = _targets(articles, output)
    if len(articles) == 1:
        outcome = _generate_one(articles[0], targets[0], options, single=True)
        print(outcome.summary, file=sys.stderr)
        return 0
    failed = 0
    for outcome in _outcomes(articles, targets, options):
        if outcome.error:
            failed += 1
            print(f"quizgen: error: {outcome.error}", file=sys.stderr)
        else:
            print(outcome.summary, file=sys.stderr)
    print(
        f"{len(articles) - failed} of {len(articles)} articles made into sets"
        + (f"; {failed} failed" if failed else ""),
        file=sys.stderr,
    )
    return 1 if failed else 0


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Return the article paths: files as given, folders replaced by their article files (sorted).

    Raises InputError for a missing path, a folder with no articles, or "-" among several.
    """
    found: list[str] = []
    for name in inputs:
        path = Path(name)
        if name == "-":
            found.append(name)
        elif path.is_dir():
            inside = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.casefold() in ARTICLE_SUFFIXES
            )
            if not inside:
                raise InputError(f"{name}: no .txt, .md or .html articles in this folder")
            found += [str(p) for p in inside]
        elif not path.exists():
            raise InputError(f"{name}: no such file or folder")
        else:
            found.append(name)
    if "-" in found and len(found) > 1:
        raise InputError("'-' (standard input) can only be the only article")
    return found


def _targets(articles: list[str], output: str | None) -> list[Path | None]:
    """Return where each article's set goes (None: standard output)."""
    if len(articles) == 1:
        if output is None:
            return [None]
        out = Path(output)
        if out.is_dir() or output.endswith(("/", "\\")):
            return [out / f"{_stem(articles[0])}.yaml"]
        return [out]
    if output is None:
        raise UsageError("several articles need -o FOLDER to write their sets into")
    folder = Path(output)
    if not folder.exists() and folder.suffix.lower() in {".yaml", ".yml"}:
        raise UsageError(f"{output}: several articles need -o FOLDER, not a set file's name")
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{output}: several articles need a folder, and this is a file")
    folder.mkdir(parents=True, exist_ok=True)
    taken: dict[str, int] = {}
    targets: list[Path | None] = []
    for article in articles:
        stem = _stem(article)
        taken[stem] = taken.get(stem, 0) + 1
        name = stem if taken[stem] == 1 else f"{stem}-{taken[stem]}"
        targets.append(folder / f"{name}.yaml")
    return targets


def _stem(article: str) -> str:
    from quizgen.generate import set_id_for

    return "article" if article == "-" else set_id_for(article)


def _ids_in_place(targets: list[Path | None]) -> list[str | None]:
    """Return the id of the set each target file already holds, or None.

    A run again over the same folder keeps each set's id, which its quiz progress
    and its Anki notes hang on, however the articles' titles now collide.
    """
    from quizgen.sets.reader import parse_file

    found: list[str | None] = []
    for target in targets:
        question_set = (
            parse_file(target).question_set if target is not None and target.is_file() else None
        )
        found.append(question_set.id if question_set is not None else None)
    return found


def _distinct_set_ids(
    articles: list[str], options: BatchOptions, in_place: list[str | None]
) -> list[str | None]:
    """Return each article's set id, "-2", "-3"... added where articles of the run share one.

    Decided here, in input order, before any worker starts: so that a run with
    -j 2 writes the same ids as -j 1. An article whose file already holds a set
    keeps that set's id (`in_place`). An article that cannot be read gets None
    (its worker reports the error).
    """
    from quizgen.generate import set_id_for

    bases: list[str | None] = []
    for path in articles:
        try:
            # Only the title and file name matter here: warnings are shown when it is generated.
            bases.append(set_id_for(_read(path, options, warn=lambda _message: None)))
        except QuizgenError:
            bases.append(None)
    # An id in place is kept if it is this article's id, numbered or not: the file holds
    # an earlier set of the same article, not some other article's.
    kept: list[str | None] = []
    for base, found in zip(bases, in_place, strict=True):
        ours = base and found and re.fullmatch(rf"{re.escape(base)}(-\d+)?", found)
        # Two files holding one id (made in separate runs): the first keeps it.
        kept.append(found if ours and found not in kept else None)
    taken: set[str] = {set_id for set_id in kept if set_id is not None}
    set_ids: list[str | None] = []
    for base, kept_id in zip(bases, kept, strict=True):
        if base is None or kept_id is not None:
            set_ids.append(kept_id)
            continue
        set_id, number = base, 1
        while set_id in taken:
            number += 1
            set_id = f"{base}-{number}"
        taken.add(set_id)
        set_ids.append(set_id)
    return set_ids


Job = tuple[str, Path | None, str | None]  # article, where its set goes, its set id


def _outcomes(
    articles: list[str], targets: list[Path | None], options: BatchOptions
) -> Iterator[Outcome]:
    def runs() -> list[tuple[list[Job], BatchOptions]]:
        set_ids = _distinct_set_ids(articles, options, _ids_in_place(targets))
        jobs = list(zip(articles, targets, set_ids, strict=True))
        return [(jobs[i : i + _CHUNK], options) for i in range(0, len(jobs), _CHUNK)]

    if options.jobs <= 1:
        for run in runs():
            yield from _generate_run(run)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_warm_up) as pool:
        # The first task starts every worker, which loads the models while the set ids are
        # worked out here: reading every article first is then no serial step of its own.
        pool.submit(int)
        # map() keeps input order; each worker holds one article at a time.
        for outcomes in pool.map(_generate_run, runs(), chunksize=1):
            yield from outcomes


def _warm_up() -> None:
    """Load the NLTK models and word lists in a new worker, by generating from one sentence."""
    from quizgen.generate import generate_set

    generate_set("Ann Berg opened a school in Oslo in 2019 with 40 pupils.")


def _generate_run(run: tuple[list[Job], BatchOptions]) -> list[Outcome]:
    from quizgen.generate.caches import clear_word_caches

    jobs, options = run
    _run_names.clear()
    # Each run starts with empty word caches: memory stays flat however many articles follow.
    clear_word_caches()
    return [
        _generate_one(article, target, options, set_id=set_id) for article, target, set_id in jobs
    ]


def _generate_one(
    article_path: str,
    target: Path | None,
    options: BatchOptions,
    *,
    single: bool = False,
    set_id: str | None = None,
) -> Outcome:
    """Read, generate, write one article; errors become an Outcome unless `single`."""
    from quizgen.sets import dump_set, stamp_fingerprints, write_set

    try:
        question_set = _generate(article_path, options, set_id=set_id)
        if target is None:
            sys.stdout.write(dump_set(stamp_fingerprints(question_set)))
            sys.stdout.flush()
        else:
            if target.parent and not target.parent.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
            if not options.force:
                _refuse_to_replace_what_is_no_set(target)
            write_set(target, question_set, overwrite=options.force)
    except QuizgenError as error:
        if single:
            raise
        return Outcome(error=f"{article_path}: {error}")
    return Outcome(summary=summary_line(article_path, target, question_set))


def _refuse_to_replace_what_is_no_set(target: Path) -> None:
    """Raise FormatError if `target` exists but holds no valid question set.

    `--update` cannot merge into such a file either: the way out is another
    output file, fixing the set, or --force.
    """
    from quizgen.errors import FormatError
    from quizgen.sets import check_file

    if not target.is_file():
        return
    problems = check_file(target)
    if not problems:
        return
    shown = clean(str(target))
    what = "a question set"
    if target.suffix.lower() in (".yaml", ".yml"):
        what = "a valid question set"
        advice = f"fix it (see quizgen check {shown}) and merge into it with --update"
    else:
        instead = clean(str(target.with_suffix(".yaml")))
        advice = f"write the set to a .yaml file instead (like {instead})"
    raise FormatError(
        f"{shown}: not overwriting it: it is not {what} ({clean(str(problems[0]))});"
        f" {advice}, or replace it with --force"
    )


def _generate(article_path: str, options: BatchOptions, *, set_id: str | None = None):  # type: ignore[no-untyped-def]
    from quizgen.generate import article_names, generate_set
    from quizgen.nlp.pipeline import analyse

    article = _read(article_path, options)
    document = analyse(article)
    question_set = generate_set(
        article,
        document=document,
        cloze=options.cloze,
        mcq=options.mcq,
        seed=options.seed,
        min_quality=options.min_quality,
        distractors=options.distractors,
        set_id=set_id,
        extra_entities={kind: list(names) for kind, names in _run_names.items()},
    )
    for kind, names in article_names(document).items():
        pool = _run_names.setdefault(kind, deque(maxlen=_RUN_NAMES_PER_KIND))
        pool.extend(name for name in names if name not in pool)
    return question_set


def _read(
    path: str, options: BatchOptions, *, warn: Callable[[str], None] | None = None
) -> Article:
    """Return the article at `path`, read as the options say; raises InputError."""
    from quizgen.article import read_article

    return read_article(
        path, max_bytes=options.max_bytes, fmt=options.article_format, warn=warn  # type: ignore[arg-type]
    )


def _update(
    article_path: str, set_path: str, options: BatchOptions, *, prune: bool, dry_run: bool
) -> str:
    from quizgen.sets import update_set_file

    question_set = _generate(article_path, options)
    result = update_set_file(set_path, question_set, prune=prune, dry_run=dry_run)
    shown = clean(set_path)  # the user's file name may hold escape codes: never send them
    lines = [f"{shown}: {result.summary()}" + (" (dry run: nothing written)" if dry_run else "")]
    lines += [f"  {line}" for line in result.details()]
    return "\n".join(lines)


def summary_line(article_path: str, target: Path | None, question_set) -> str:  # type: ignore[no-untyped-def]
    """Return "<article> -> <out>: N cloze notes (M cards), K multiple choice; dropped: ...".

    Each card of a cloze note (c1, c2...) is one question in the quiz and in Anki.
    """
    from quizgen.cloze import card_indexes

    cards = sum(len(card_indexes(q.text)) for q in question_set.questions if q.type == "cloze")
    notes = question_set.cloze_count
    where = "standard output" if target is None else clean(str(target))
    line = (
        f"{clean(article_path)} -> {where}: {notes} cloze {'note' if notes == 1 else 'notes'}"
        f" ({cards} {'card' if cards == 1 else 'cards'}),"
        f" {question_set.mcq_count} multiple choice"
    )
    # Stats keys are "reason" (an answer dropped) or "group:reason".
    # (one, several) by group of the stats key.
    labels = {
        "sentence": ("sentence skipped", "sentences skipped"),
        "": ("answer dropped", "answers dropped"),
        "mcq": ("answer kept for cloze only", "answers kept for cloze only"),
        "cloze": ("answer left out of cloze notes", "answers left out of cloze notes"),
        "distractor": ("distractor rejected", "distractors rejected"),
    }
    groups: dict[tuple[str, str], dict[str, int]] = {label: {} for label in labels.values()}
    for reason, count in question_set.stats.items():
        group, _, name = reason.rpartition(":")
        groups[labels.get(group, labels[""])][name] = count
    for (one, several), counts in groups.items():
        if counts:
            total = sum(counts.values())
            top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            line += (
                f"; {total} {one if total == 1 else several} ("
                + ", ".join(f"{k} {v}" for k, v in top) + ")"
            )
    return line
