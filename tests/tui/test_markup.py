"""Article text that looks like Rich markup ("[bold]", "[/]", "\\") shows literally, no crash."""

from __future__ import annotations

from collections.abc import Callable

from quizgen.model import Distractor, MultipleChoice, QuestionSet, SourceRef
from quizgen.quiz.sample import markup_set
from quizgen.tui.app import QuizApp
from quizgen.tui.screens.cloze import ClozeScreen
from quizgen.tui.screens.mcq import McqScreen
from quizgen.tui.screens.summary import SummaryScreen


def screen_lines(app: QuizApp) -> str:
    """Return what the terminal shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_markup_like_text_renders_literally_on_every_screen(
    make_app: Callable[..., QuizApp],
) -> None:
    app = make_app(markup_set())
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, McqScreen)
        shown = screen_lines(app)
        assert "Brackets [bold]and[/] \\ backslashes" in shown
        assert "Which tag opens [bold] text? [link=x]" in shown
        for option in ("[bold]", "[/]", "\\[red]", "[i]x[/i]"):
            assert option in shown
        await pilot.press("2")                     # wrong: "[/]"
        shown = screen_lines(app)
        assert "Answer: [bold]" in shown
        assert r"Rich writes [bold]bold[/bold] and [/] and C:\new\[red] like this." in shown
        await pilot.press("enter")
        assert isinstance(app.screen, ClozeScreen)
        assert "The closing tag _____ ends [italic] style \\ here." in screen_lines(app)
        await pilot.press(*"[/b]", "enter")
        shown = screen_lines(app)
        assert "Answer: [/]" in shown
        assert "you typed: [/b]" in shown
        assert "The closing tag [/] ends [italic] style \\ here." in shown
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        shown = screen_lines(app)
        assert "Which tag opens [bold] text? [link=x]" in shown
        assert "Answer: [/]" in shown
        await pilot.press("r", "ctrl+f", "ctrl+t")  # flag and hint notices also stay literal
        await pilot.pause()


async def test_terminal_escape_codes_in_article_text_are_shown_not_sent(
    make_app: Callable[..., QuizApp],
) -> None:
    question = MultipleChoice(
        id="e1", question="Red \x1b[31malert\x1b[0m and clear \x1b[2J here?", answer="yes\x07",
        choices=("yes\x07", "no\x9b"), distractors=(Distractor(text="no\x9b"),),
        source=SourceRef(sentence="Title \x1b]0;pwned\x07 set."),
    )
    app = make_app(QuestionSet(id="esc", title="Escapes \x1b[5m", questions=(question,)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        shown = screen_lines(app)
        assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
        assert "Red ␛[31malert␛[0m and clear ␛[2J here?" in shown
        assert "Title ␛]0;pwned␇ set." in shown
        assert "Escapes ␛[5m" in shown
