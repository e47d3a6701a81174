"""Article text is shown as written everywhere: in the quiz (Rich markup), in Anki (HTML), and
in terminal output (escape sequences never reach the terminal)."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widgets import Static

from quizgen.cloze import card_indexes, render
from quizgen.model import AnyQuestion, Cloze, MultipleChoice, QuestionSet
from quizgen.quiz.decks import DeckEntry
from quizgen.quiz.session import PlayOptions, Session, start_session
from quizgen.quiz.store import CardKey, ProgressStore
from quizgen.sets import load_set
from quizgen.tui.app import QuizApp
from quizgen.tui.screens.summary import SummaryScreen
from tests.export.export_samples import CardHtml, ImportCounts
from tests.reliability.hostile_texts import ESCAPES, MARKUP_NEWS, MARKUP_PIECES
from tests.reliability.quizgen_process import (
    QuizgenRunner,
    assert_no_terminal_controls,
    assert_succeeded,
)
from tests.reliability.rule_checked import generate_checked


def flat(text: str) -> str:
    return " ".join(text.split())


def shown_texts(question: AnyQuestion) -> str:
    """Return everything of a question that the quiz or Anki shows."""
    parts = [question.explanation, question.source.sentence if question.source else ""]
    if isinstance(question, MultipleChoice):
        parts += [question.question, *question.choices]
    elif isinstance(question, Cloze):
        parts.append(question.text)
    return "\n".join(parts)


def hostile_questions() -> QuestionSet:
    """Return a few questions generated from MARKUP_NEWS that, together, show all its markup.

    Each question kept shows a piece no earlier one did, and both kinds are kept,
    so that the quiz test plays few prompts.
    """
    question_set, broken = generate_checked(MARKUP_NEWS)
    assert broken == {}
    kept: list[AnyQuestion] = []
    covered: set[str] = set()
    for question in question_set.questions:
        pieces = {piece for piece in MARKUP_PIECES if piece in shown_texts(question)}
        new_kind = question.type not in {q.type for q in kept}
        if pieces - covered or (pieces and new_kind):
            kept.append(question)
            covered |= pieces
    return dataclasses.replace(question_set, questions=tuple(kept))


# The quiz (Textual and Rich markup)

def widget_text(app: QuizApp) -> str:
    """Return the text of every Static on screen, as Rich parsed it, whitespace collapsed."""
    return flat("\n".join(str(widget.render()) for widget in app.screen.query(Static)))


def screen_lines(app: QuizApp) -> str:
    """Return what the terminal would show, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def play_through(session: Session, store: ProgressStore) -> list[str]:
    """Answer every prompt with keys; check each shows literally; return the answers given."""
    app = QuizApp(session, store, cursor_blink=False)
    given = []
    async with app.run_test(size=(160, 50)) as pilot:
        while (prompt := session.current) is not None:
            before = widget_text(app)
            assert flat(prompt.text) in before, (prompt.text, before)
            question = prompt.question
            if isinstance(question, MultipleChoice):
                for choice in question.choices:
                    assert flat(choice) in before, (choice, before)
                await pilot.press("1")
                given.append(question.choices[0])
            else:
                answer = prompt.answers[0]
                await pilot.press(*answer, "enter")
                given.append(answer)
            after = widget_text(app)
            explanation = question.explanation or (question.source.sentence
                                                   if question.source else "")
            assert flat(explanation) in after, (explanation, after)
            assert "\x1b" not in screen_lines(app)
            await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
    return given


def test_generated_questions_holding_markup_show_literally_in_the_quiz(tmp_path: Path) -> None:
    question_set = hostile_questions()
    kinds = {q.type for q in question_set.questions}
    assert kinds == {"cloze", "mcq"}, kinds
    pieces = {piece for q in question_set.questions for piece in MARKUP_PIECES
              if piece in shown_texts(q)}
    assert len(pieces) >= 5, pieces
    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        session = start_session(question_set, PlayOptions(), store)
        given = asyncio.run(play_through(session, store))
        assert [row.given for row in store.answers()] == given


def test_deck_titles_holding_markup_show_literally_in_the_deck_picker(tmp_path: Path) -> None:
    titles = ["[bold red]Loud[/] deck", "C:\\new\\[red] paths", "[link=https://x]Links[/link]",
              "Broken [/] close \\"]
    decks = [DeckEntry(path=tmp_path / f"d{n}.yaml", title=title, set_id=f"d{n}", prompts=3)
             for n, title in enumerate(titles)]

    async def look() -> str:
        app = QuizApp(decks=decks, open_deck=lambda path: None)  # type: ignore[arg-type,return-value]
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            return screen_lines(app)

    shown = asyncio.run(look())
    for title in titles:
        assert title in shown, (title, shown)


def test_cloze_syntax_in_an_article_never_becomes_a_deletion() -> None:
    question_set, _ = generate_checked(MARKUP_NEWS)
    literal = "{{c1::that passes}}"
    for question in question_set.questions:
        if not isinstance(question, Cloze) or literal not in question.source.sentence:
            continue
        # Anki has no way to escape cloze syntax in a cloze note, so the article's own
        # "{{c1::...}}" would blank words the generator never chose.
        for number in card_indexes(question.text):
            assert literal in render(question.text, hide=number), question.text


# Anki (HTML)

def test_article_html_shows_as_text_in_real_anki_and_none_of_it_runs(
    quizgen: QuizgenRunner, tmp_path: Path, collection, import_apkg: Callable[[Path], ImportCounts]
) -> None:
    article = tmp_path / "pier.txt"
    article.write_text(MARKUP_NEWS, encoding="utf-8")
    assert_succeeded(quizgen("generate", str(article), "-o", str(tmp_path / "pier.yaml")))
    assert_succeeded(quizgen("export", str(tmp_path / "pier.yaml"), "-o",
                             str(tmp_path / "pier.apkg")))
    question_set = load_set(tmp_path / "pier.yaml")
    counts = import_apkg(tmp_path / "pier.apkg")
    assert counts.new == len(question_set.questions)

    visible = []
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        cards = note.cards()
        if note.note_type()["type"] == 1:  # cloze: one card per real deletion, none from the text
            fields = dict(note.items())
            assert len(cards) == len({n for n in range(1, 10) if f"{{{{c{n}::" in fields["Text"]})
        for card in cards:
            for side in (CardHtml(card.question()), CardHtml(card.answer())):
                assert "img" not in side.tags
                assert side.event_attributes == []
                visible.append(side.text)
    shown = "\n".join(visible)
    assert "alert" in shown  # the article's script is there, as text
    for piece in ("<script>alert(\"x\")</script>", "<img src=x onerror=alert(1)>", "Holm & Sons",
                  "[bold]9 to 2[/]"):
        assert piece in shown, piece


# Terminal output (escape sequences)

@pytest.mark.parametrize("args", [
    ["nlp", "{article}"],
    ["nlp", "--json", "{article}"],
    ["nlp", "--tokens", "{article}"],
    ["generate", "{article}"],
    ["generate", "{article}", "-o", "{dir}/out.yaml"],
    ["nlp", "{escaped_name}"],
    ["generate", "{escaped_name}", "-o", "{dir}/named.yaml"],
    ["nlp", "{dir}/missing\x1b[2J\x1b]0;owned\x07.txt"],
], ids=["nlp", "nlp-json", "nlp-tokens", "generate-stdout", "generate-to-file",
        "nlp-escaped-file-name", "generate-escaped-file-name", "missing-escaped-file-name"])
def test_escape_sequences_in_an_article_never_reach_the_terminal(
    quizgen: QuizgenRunner, tmp_path: Path, args: list[str]
) -> None:
    article = tmp_path / "lima.txt"
    article.write_text(ESCAPES, encoding="utf-8")
    escaped_name = tmp_path / "lima\x1b[31m\x1b]0;owned\x07.txt"
    escaped_name.write_text(ESCAPES, encoding="utf-8")
    result = quizgen(*[arg.format(article=article, dir=tmp_path, escaped_name=escaped_name)
                       for arg in args])
    assert "Traceback" not in result.stderr
    assert_no_terminal_controls(result)
    if result.code == 0 and args[0] == "nlp":
        assert "Quito" in result.stdout and "Rosa Quispe" in result.stdout


ESCAPED_SET = (
    'title: "Escapes \\e[5m blink"\nid: escapes\n'
    '"\\e[31mtitel\\e[0m": 1\n'
    "questions:\n"
    '  - cloze: "The port of {{Lima}} \\e]0;owned\\a is in Peru \\e[2J."\n'
    '  - q: "Which city is \\e[1mhigh\\u009b0m?"\n'
    '    a: "La Paz\\e[5m"\n'
    '    wrong: ["La Paz\\e[5m", Quito, Lima]\n'
)


@pytest.mark.parametrize("name", ["set.yaml", "set\x1b[2J\x1b]0;owned\x07.yaml"],
                         ids=["escapes-in-the-file", "escapes-in-its-name-too"])
def test_escape_sequences_in_a_set_file_never_reach_the_terminal_from_check(
    quizgen: QuizgenRunner, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text(ESCAPED_SET, encoding="utf-8")
    result = quizgen("check", str(path))
    assert result.code == 1, result.describe()
    assert "unknown key" in result.stdout and "Traceback" not in result.stderr
    assert_no_terminal_controls(result)


def test_escape_sequences_in_a_valid_set_never_reach_the_terminal_from_export(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    path = tmp_path / "set.yaml"
    valid = ESCAPED_SET.replace('"\\e[31mtitel\\e[0m": 1\n', "").replace(
        '"La Paz\\e[5m", Quito', "Sucre, Quito")
    path.write_text(valid, encoding="utf-8")
    for args in (["export", str(path), "-o", str(tmp_path / "out.apkg")],
                 ["export", "--dry-run", str(path), "-o", str(tmp_path / "out.apkg")]):
        result = quizgen(*args)
        assert_succeeded(result)
        assert_no_terminal_controls(result)


def test_escape_sequences_in_set_file_names_never_reach_the_terminal_from_fmt_and_update(
    quizgen: QuizgenRunner, tmp_path: Path
) -> None:
    article = tmp_path / "lima.txt"
    article.write_text(ESCAPES, encoding="utf-8")
    named = tmp_path / "set\x1b[2J\x1b]0;owned\x07.yaml"
    assert_succeeded(quizgen("generate", str(article), "-o", str(tmp_path / "plain.yaml")))
    named.write_bytes((tmp_path / "plain.yaml").read_bytes())
    for args in (["fmt", str(named)], ["generate", "--update", str(named), str(article)]):
        result = quizgen(*args)
        assert_succeeded(result)
        assert_no_terminal_controls(result)


def test_set_titles_show_literally_in_stats_without_markup_or_escape_sequences(
    quizgen: QuizgenRunner, child_env: dict[str, str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Titles come from set files people write; the store keeps them as played.
    data = tmp_path / "data"
    titles = {"loud": "[bold red]Loud[/] C:\\new\\[red]",
              "escapes": "Esc \x1b[5m\x1b]0;owned\x07 t"}
    with ProgressStore(data / "progress.sqlite3") as store:
        for set_id, title in titles.items():
            session = store.start_session(set_id, title, datetime.now(UTC))
            store.record_answer(session, CardKey(set_id, "q1"), given="x", verdict="wrong",
                                correct=False, seconds=1.0, hinted=False, now=datetime.now(UTC))
    monkeypatch.setitem(child_env, "QUIZGEN_DATA_DIR", str(data))
    monkeypatch.setitem(child_env, "COLUMNS", "200")
    result = quizgen("stats")
    assert_succeeded(result)
    assert titles["loud"] in result.stdout
    assert_no_terminal_controls(result)
