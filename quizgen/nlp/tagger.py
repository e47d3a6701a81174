"""NLTK's averaged-perceptron POS tagger, same weights and same tags, several times faster.

`nltk.tag.perceptron.PerceptronTagger.tag` builds a feature dict per token with
a closure, and picks the best tag by calling a lambda for each of the 45
classes. This does the same sums, in the same order and from the same start
(0.0), so the floating-point scores are bit for bit NLTK's, and breaks ties the
same way (the higher score, then the alphabetically last tag).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")
_SCORE_THEN_LABEL = itemgetter(1, 0)


def normalize(word: str) -> str:
    """Return the form the model's word features use (NLTK's `PerceptronTagger.normalize`)."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


class FastTagger:
    """Tags tokenised sentences with a loaded `PerceptronTagger`'s model (weights, tagdict)."""

    def __init__(self, tagger: Any) -> None:
        self.tagdict: dict[str, str] = tagger.tagdict
        self._weights: dict[str, dict[str, float]] = tagger.model.weights
        # Labels from last to first: among labels no feature scored (all 0.0), NLTK's
        # max((score, label)) picks the alphabetically last.
        self._labels_last_first = sorted(tagger.classes, reverse=True)

    def tag(self, words: Sequence[str]) -> list[str]:
        """Return the Penn tag of each word, as `PerceptronTagger.tag` would."""
        tagdict = self.tagdict
        context = [*_START, *(normalize(w) for w in words), *_END]
        tags: list[str] = []
        prev, prev2 = _START
        for i, word in enumerate(words):
            tag = tagdict.get(word)
            if not tag:
                tag = self._predict(self._features(i + 2, word, context, prev, prev2))
            tags.append(tag)
            prev2 = prev
            prev = tag
        return tags

    @staticmethod
    def _features(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[str]:
        # NLTK's _get_features, in its order: the order of the float sums depends on it.
        # Every name is distinct, so no feature repeats and each counts once.
        here = context[i]
        before = context[i - 1]
        after = context[i + 1]
        return [
            "bias",
            "i suffix " + word[-3:],
            "i pref1 " + (word[0] if word else ""),
            "i-1 tag " + prev,
            "i-2 tag " + prev2,
            "i tag+i-2 tag " + prev + " " + prev2,
            "i word " + here,
            "i-1 tag+i word " + prev + " " + here,
            "i-1 word " + before,
            "i-1 suffix " + before[-3:],
            "i-2 word " + context[i - 2],
            "i+1 word " + after,
            "i+1 suffix " + after[-3:],
            "i+2 word " + context[i + 2],
        ]

    def _predict(self, features: list[str]) -> str:
        weights = self._weights
        scores: dict[str, float] = {}
        get = scores.get
        for feature in features:
            row = weights.get(feature)
            if row:
                for label, weight in row.items():
                    scores[label] = get(label, 0.0) + weight
        if not scores:
            return self._labels_last_first[0]
        label, score = max(scores.items(), key=_SCORE_THEN_LABEL)
        if score > 0.0:
            return label
        for unscored in self._labels_last_first:
            if unscored not in scores:
                # An unscored label counts 0.0: it beats a negative best, and ties a zero one.
                if score < 0.0 or unscored > label:
                    return unscored
                return label
        return label
