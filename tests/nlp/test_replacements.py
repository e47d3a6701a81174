"""A prepared replacement substitutes exactly what its template would."""

from __future__ import annotations

import re

import pytest

from quizgen.nlp.replacements import prepared


@pytest.mark.parametrize(
    ("pattern", "template", "text"),
    [
        (r"(a)(b)?", r" \1 \2 ", "xab a ab"),  # a group that took no part inserts nothing
        (r"(?P<chunk>x+)", r"{\g<chunk>}", "axxbx"),
        (r"[;@#]", r" \g<0> ", "a;b@c#"),
        (r"(a)(b)", r"\2\1", "ab ab"),
        (r"(a)", r"[\1]\n", "aa"),  # an escape besides a reference
        (r"(a)", "plain", "aa"),
        (r"(a)", r" \1 ", "no match here"),
    ],
)
def test_a_prepared_replacement_substitutes_what_its_template_does(
    pattern: str, template: str, text: str
) -> None:
    compiled = re.compile(pattern)
    assert compiled.sub(prepared(compiled, template), text) == compiled.sub(template, text)


def test_a_template_without_references_is_kept_as_it_is() -> None:
    assert prepared(re.compile(r"-"), " -- ") == " -- "


def test_a_reference_to_a_group_the_pattern_lacks_fails_as_in_re() -> None:
    compiled = re.compile(r"(a)")
    for template, error in ((r"\2", re.error), (r"\g<name>", IndexError)):
        with pytest.raises(error):
            compiled.sub(template, "zzz")
        with pytest.raises(error):
            compiled.sub(prepared(compiled, template), "zzz")
