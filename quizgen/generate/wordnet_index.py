"""The lazily indexed WordNet reader, now in `quizgen.nlp.wordnet_index` (kept for old imports)."""

from quizgen.nlp.wordnet_index import LazyWordNet

__all__ = ["LazyWordNet"]
