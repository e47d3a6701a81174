"""The multiple-choice screen: options 1-4 / a-d, picked by key or click, with instant feedback."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from quizgen.model import MultipleChoice
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.widgets.choice import LETTERS, MAX_CHOICES, ChoiceOption


class McqScreen(QuestionScreen):
    """Ask one multiple-choice question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pick(0)", "Answer", key_display="1-4/a-d"),
        *(Binding(str(n + 1), f"pick({n})", show=False) for n in range(1, MAX_CHOICES)),
        *(Binding(letter, f"pick({n})", show=False) for n, letter in enumerate(LETTERS)),
        Binding("escape", "quit_session", "Quit", show=False),  # Escape quits on every screen
    ]

    def compose_answer(self) -> ComposeResult:
        question = self.prompt.question
        assert isinstance(question, MultipleChoice)
        for index, choice in enumerate(question.choices[:MAX_CHOICES]):
            yield ChoiceOption(index, choice)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            return not self.answered
        return super().check_action(action, parameters)

    def action_pick(self, index: int) -> None:
        if self.answered or index >= len(self.query(ChoiceOption)):
            return
        result = self.session.answer_choice(index)
        answer_index = result.prompt.question.answer_index  # type: ignore[union-attr]
        for option in self.query(ChoiceOption):
            option.mark(right=option.index == answer_index, picked=option.index == index)
        self.show_result(result)

    def on_choice_option_picked(self, message: ChoiceOption.Picked) -> None:
        self.action_pick(message.index)
