"""Made-up question sets of any size, shaped like generated ones, for export and YAML loading."""

from __future__ import annotations

import random

from quizgen import model

_CITIES = ["Tallinn", "Porto", "Gdansk", "Valparaiso", "Kyoto", "Windhoek", "Quito", "Perth"]
_THINGS = ["bridge", "library", "harbour", "observatory", "tunnel", "museum", "dam", "airport"]
# As many reasons as the generator records for a typical question.
_REASONS = ("place", "lead of the article", "specific value", "mentioned 3x in the article",
            "repeated in the article (zipf 3.1)")


def _source(sentence: str, number: int) -> model.SourceRef:
    # As if each question came from its own 80-character stretch of one long article.
    return model.SourceRef(sentence=sentence, start=number * 80, end=number * 80 + len(sentence))


def _cloze(rng: random.Random, number: int) -> model.Cloze:
    city, thing = rng.choice(_CITIES), rng.choice(_THINGS)
    year, cost = rng.randint(1850, 2024), rng.randint(2, 900)
    sentence = (f"The new {thing} in {city} opened to the public in {year}, and its builders said"
                f" that it had cost {cost} million euros.")
    # Every third question has two deletions, as generated sets do for independent facts.
    second = f"{{{{c2::{cost} million euros}}}}" if number % 3 == 0 else f"{cost} million euros"
    text = (f"The new {thing} in {{{{c1::{city}::place}}}} opened to the public in {year}, and its"
            f" builders said that it had cost {second}.")
    return model.Cloze(
        id=f"q{number:05d}", text=text, explanation=sentence, tags=("made-up",),
        source=_source(sentence, number),
        generated=model.Generated(method="cloze/entity", version="bench", score=0.75,
                                  reasons=_REASONS, fingerprint=f"{number:016x}"),
    )


def _mcq(rng: random.Random, number: int) -> model.MultipleChoice:
    city, thing = rng.choice(_CITIES), rng.choice(_THINGS)
    year = rng.randint(1850, 2020)
    wrong = rng.sample([y for y in range(year - 30, year + 30) if y != year], 3)
    choices = [str(year), *map(str, wrong)]
    rng.shuffle(choices)
    sentence = (f"The {thing} in {city} was finished in {year}, after long delays caused by"
                f" floods and a dispute over who would pay for it.")
    return model.MultipleChoice(
        id=f"q{number:05d}", question=f"In which year was the {thing} in {city} finished?",
        answer=str(year), choices=tuple(choices),
        distractors=tuple(model.Distractor(text=str(y), method="number/perturb") for y in wrong),
        explanation=sentence, tags=("made-up",),
        source=_source(sentence, number),
        generated=model.Generated(method="mcq/number", version="bench", score=0.7,
                                  reasons=_REASONS[1:], fingerprint=f"{number:016x}"),
    )


def made_up_sets(questions: int, per_set: int = 1000, seed: int = 0) -> list[model.QuestionSet]:
    """Return sets holding `questions` questions in all, half cloze and half multiple choice."""
    rng = random.Random(seed)
    sets = []
    for first in range(0, questions, per_set):
        numbers = range(first, min(first + per_set, questions))
        sets.append(model.QuestionSet(
            id=f"made-up-{first // per_set:03d}", title=f"Made-up set {first // per_set}",
            source=model.SetSource(title="made-up article", file="made-up.txt"),
            questions=tuple(_cloze(rng, n) if n % 2 == 0 else _mcq(rng, n) for n in numbers),
        ))
    return sets
