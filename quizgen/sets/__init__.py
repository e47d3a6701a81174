"""Question sets as YAML files: load and check them, write them, and merge regenerated ones."""

from quizgen.sets.files import person_edits, stamp_fingerprints, write_set, write_text_atomic
from quizgen.sets.ids import content_fingerprint, question_id_for
from quizgen.sets.limits import DEFAULT_LIMITS, Limits
from quizgen.sets.merge import MergeResult, merge_sets, update_set_file
from quizgen.sets.problems import InvalidSetError, Problem
from quizgen.sets.reader import check_file, check_text, load_set, loads_set
from quizgen.sets.schema import json_schema
from quizgen.sets.writer import SCHEMA_URL, dump_set

__all__ = [
    "DEFAULT_LIMITS", "SCHEMA_URL", "InvalidSetError", "Limits", "MergeResult", "Problem",
    "check_file", "check_text", "content_fingerprint", "dump_set", "json_schema", "load_set",
    "loads_set", "merge_sets", "person_edits", "question_id_for", "stamp_fingerprints",
    "update_set_file", "write_set", "write_text_atomic",
]
