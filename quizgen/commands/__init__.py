"""One module for each subcommand: `add_arguments(parser)` and `run(args) -> int`.

Modules here import only the standard library at top level; heavy libraries
(NLTK, Textual, genanki) are imported inside `run` so `quizgen --help` stays fast.
"""
