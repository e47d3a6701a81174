"""A small question set written for demos, benchmarks and tests (no file, no generator needed)."""

from __future__ import annotations

from quizgen.model import Cloze, Distractor, MultipleChoice, QuestionSet, SourceRef


def _mcq(
    qid: str, question: str, answer: str, choices: tuple[str, ...], sentence: str
) -> MultipleChoice:
    return MultipleChoice(
        id=qid, question=question, answer=answer, choices=choices,
        distractors=tuple(Distractor(text=c) for c in choices if c != answer),
        source=SourceRef(sentence=sentence),
    )


def _cloze(qid: str, text: str, sentence: str) -> Cloze:
    return Cloze(id=qid, text=text, source=SourceRef(sentence=sentence))


def sample_set() -> QuestionSet:
    """Return a six-question set about a harbour: three multiple-choice, three cloze.

    In file order: mcq q1 (answer option 2), cloze q2 ("Marta Ilves"), mcq q3
    (answer option 1), cloze q4 with c1 and c2 ("1887", "granite"), mcq q5
    (answer option 4), cloze q6 ("40%" with a hint).
    """
    return QuestionSet(
        id="harbour-demo",
        title="The Old Harbour",
        description="A short demo deck about a fictional harbour town.",
        questions=(
            _mcq("q1", "Which river flows into the old harbour?", "The Vesna",
                 ("The Dorn", "The Vesna", "The Kelm", "The Aru"),
                 "The Vesna flows into the old harbour from the north."),
            _cloze("q2", "The lighthouse was restored by the engineer {{c1::Marta Ilves}}.",
                   "The lighthouse was restored by the engineer Marta Ilves."),
            _mcq("q3", "How many piers does the harbour have?", "seven",
                 ("seven", "five", "nine", "twelve"),
                 "The harbour has seven piers, two of them for ferries."),
            _cloze("q4", "The breakwater, finished in {{c1::1887}}, is built of {{c2::granite}}.",
                   "The breakwater, finished in 1887, is built of granite."),
            _mcq("q5", "What is the harbour's main export?", "timber",
                 ("salt", "wool", "copper", "timber"),
                 "Timber is still the harbour's main export."),
            _cloze("q6", "About {{c1::40%::a share}} of the town works at the port.",
                   "About 40% of the town works at the port."),
        ),
    )


def markup_set() -> QuestionSet:
    """Return a set whose text looks like Rich markup, to prove it renders literally."""
    tricky = r"Rich writes [bold]bold[/bold] and [/] and C:\new\[red] like this."
    return QuestionSet(
        id="markup-demo",
        title="Brackets [bold]and[/] \\ backslashes",
        questions=(
            MultipleChoice(
                id="m1", question="Which tag opens [bold] text? [link=x]", answer="[bold]",
                choices=("[bold]", "[/]", "\\[red]", "[i]x[/i]"),
                distractors=(Distractor(text="[/]"), Distractor(text="\\[red]"),
                             Distractor(text="[i]x[/i]")),
                source=SourceRef(sentence=tricky),
            ),
            Cloze(id="m2", text="The closing tag {{c1::[/]}} ends [italic] style \\ here.",
                  source=SourceRef(sentence=tricky)),
        ),
    )
