"""HTML comments are taken out, closed or not."""

from __future__ import annotations

from quizgen.article.markup import without_comments


def test_closed_comments_are_removed() -> None:
    assert without_comments("a<!-- one -->b<!--\ntwo\n-->c") == "abc"


def test_unclosed_comment_runs_to_the_end() -> None:
    assert without_comments("kept <!-- never closed <p>text</p>") == "kept "


def test_many_unclosed_openers_leave_the_text_before_them() -> None:
    assert without_comments("start " + "<!--x " * 10_000) == "start "
