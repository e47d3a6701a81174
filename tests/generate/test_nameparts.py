"""Where a name goes on past a blank: its particle, a glued dash, its "'s", its acronym."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("private_folders")


def test_an_acronym_of_part_of_a_name_is_known_and_a_whole_one_is_not() -> None:
    from quizgen.generate.nameparts import partial_acronyms
    from quizgen.nlp.pipeline import analyse_text

    document = analyse_text(
        "The study began at the University of Oslo—Blindern (UO) in 1931. "
        "The Federal Communications Commission (FCC) fined the station in May."
    )
    assert partial_acronyms(document) == frozenset({"UO"})
