"""Offline NLP: sentences, tokens, Penn tags, noun-phrase chunks and named entities."""
