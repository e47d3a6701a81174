"""NLTK's averaged-perceptron POS tagger, same weights and same tags, several times faster.

`nltk.tag.perceptron.PerceptronTagger.tag` builds a feature dict per token with
a closure, adds each feature's weights into a dict of 45 tag scores, and picks
the best by calling a lambda per tag. Here, each feature's weights are packed
into one Python integer, a 32-bit field per tag: adding a token's 14 features is
then 14 integer additions done in C, and the best tag is the largest field.

Exactness: every weight in the model is a whole number of thousandths (NLTK
rounds the averaged weights to 3 places), so the packed sums are exact and the
best tag is NLTK's whenever one tag scores strictly highest: NLTK's float sums
are off by far less than 0.001. When tags tie, NLTK's pick depends on how its
float sums round, so a tie is scored again exactly as NLTK does (`_float_predict`).
A token with a feature whose weights are not whole thousandths is scored NLTK's way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizgen.nlp.tagger_rows import PackedRows

_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")
_SCORE_THEN_LABEL = itemgetter(1, 0)
# Weights are scaled to whole thousandths; every field holds a weight plus _BIAS, so it is
# never negative and below 2 * _BIAS, and the sum of 14 (below 2**25) cannot carry over
# into the next field. The model's largest weight is about 43.
_SCALE = 1000
_FIELD_BITS = 32
_BIAS = 1 << 20
_MAX_WEIGHT = (_BIAS - 1) / _SCALE
# Marks a feature whose weights cannot be packed exactly (packed rows are never negative).
UNPACKABLE = -1
# Packed rows kept at most; a long batch run then stays within a few megabytes.
_MAX_PACKED_ROWS = 32768


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
    """Tags tokenised sentences with a loaded `PerceptronTagger`'s model (weights, tagdict).

    `rows`, if given, are the model's rows packed ahead (`quizgen.nlp.tagger_rows`),
    so that a word met for the first time costs no packing.
    """

    def __init__(self, tagger: Any, rows: PackedRows | None = None) -> None:
        self.tagdict: dict[str, str] = tagger.tagdict
        self._weights: dict[str, dict[str, float]] = tagger.model.weights
        self.packer = RowPacker(tagger.classes)
        self._rows = rows
        self._packed: dict[str, int] = {}

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
        packed = self._packed
        total = 0
        for feature in features:
            value = packed.get(feature)
            if value is None:
                value = self._pack(feature)
            if value == UNPACKABLE:
                return self._float_predict(features)
            total += value
        labels = self.packer.labels
        if not total:
            return labels[0]  # no known feature: every tag scores 0
        fields = memoryview(total.to_bytes(len(labels) * 4, "little")).cast("I").tolist()
        best = max(fields)
        if fields.count(best) > 1:
            return self._float_predict(features)
        return labels[fields.index(best)]

    def _pack(self, feature: str) -> int:
        if self._rows is not None:
            # A row of no weights is packed as 0 there, the sum it adds.
            value = self._rows.get(feature)
        else:
            row = self._weights.get(feature)
            value = self.packer.pack(row) if row else None
        if value is None:
            return 0  # not cached: unknown features are many, and cost only this lookup
        if len(self._packed) >= _MAX_PACKED_ROWS:
            self._packed.clear()
        self._packed[feature] = value
        return value

    def _float_predict(self, features: list[str]) -> str:
        """Return NLTK's pick, from the same float sums in the same order as NLTK's."""
        weights = self._weights
        scores: dict[str, float] = {}
        get = scores.get
        for feature in features:
            row = weights.get(feature)
            if row:
                for label, weight in row.items():
                    scores[label] = get(label, 0.0) + weight
        if not scores:
            return self.packer.labels[0]
        label, score = max(scores.items(), key=_SCORE_THEN_LABEL)
        if score > 0.0:
            return label
        for unscored in self.packer.labels:
            if unscored not in scores:
                # An unscored label counts 0.0: it beats a negative best, and ties a zero one.
                if score < 0.0 or unscored > label:
                    return unscored
                return label
        return label


class RowPacker:
    """Packs a feature's weights into one integer: a 32-bit field per tag, each weight in
    thousandths plus _BIAS (see the module's docstring)."""

    def __init__(self, classes: Any) -> None:
        # Labels from last to first: NLTK's max((score, label)) breaks ties by the
        # alphabetically last label, and list.index finds the first of equal fields.
        self.labels: list[str] = sorted(classes, reverse=True)
        self._field = {label: i * _FIELD_BITS for i, label in enumerate(self.labels)}
        self._all_bias = sum(_BIAS << shift for shift in self._field.values())

    @property
    def layout(self) -> dict[str, Any]:
        """What a packed row's meaning depends on: packed rows kept elsewhere must match it."""
        return {"labels": self.labels, "field_bits": _FIELD_BITS, "bias": _BIAS, "scale": _SCALE}

    def pack(self, row: Mapping[str, float]) -> int:
        """Return the packed row, or UNPACKABLE when a weight is no whole number of thousandths."""
        field = self._field
        value = self._all_bias
        for label, weight in row.items():
            scaled = round(weight * _SCALE)
            if scaled / _SCALE != weight or abs(weight) > _MAX_WEIGHT:
                return UNPACKABLE  # not whole thousandths: summed as floats, NLTK's way
            value += scaled << field[label]
        return value
