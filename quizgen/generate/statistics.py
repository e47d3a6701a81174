"""Runs of statistics: sentences that write out a table ("22.3% had children, 46.7% were…")."""

from __future__ import annotations

from quizgen.nlp.document import Document, Sentence, Span

_VALUE_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY"})
# A bare number is a figure when it is measured ("2.13" people a household) or counted in
# hundreds; small whole numbers are a mathematician's examples ("5 is prime: 1 and 5…").
_MIN_COUNTED = 100
# A census section or an annual report's figures, sentence after sentence: every sentence
# holds a value, and on average this many. A history holds a value now and then ("a
# 50 km tunnel… 3 bores… in 1994") and a news story a few in its lead, never such a run.
_MIN_RUN = 5
_MIN_VALUES_PER_SENTENCE = 2.5


def statistics_runs(document: Document) -> frozenset[int]:
    """Return the indices of the sentences that belong to a run of statistics.

    Each figure of such a run is one cell of a table in prose: which share
    of households were married couples is trivia, and the words around the
    figures ("homeowner vacancy rate", "females age 18") are its labels.
    """
    found: set[int] = set()
    run: list[int] = []
    counts = [_values(sentence) for sentence in document.sentences]
    for index, count in enumerate([*counts, 0]):  # the 0 closes the last run
        if count:
            run.append(index)
            continue
        figures = sum(counts[i] for i in run)
        if len(run) >= _MIN_RUN and figures >= _MIN_VALUES_PER_SENTENCE * len(run):
            found.update(run)
        run = []
    return frozenset(found)


def _values(sentence: Sentence) -> int:
    return sum(1 for entity in sentence.entities if _figure(entity))


def _figure(entity: Span) -> bool:
    if entity.label in _VALUE_LABELS:
        return True
    value = entity.value
    return (
        entity.label == "NUMBER"
        and value is not None
        and (value != int(value) or value >= _MIN_COUNTED)
    )
