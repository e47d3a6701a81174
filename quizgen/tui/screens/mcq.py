"""The multiple-choice screen: options picked by number or letter, or a click; instant feedback."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from quizgen.model import MultipleChoice
from quizgen.tui.screens.question import QuestionScreen
from quizgen.tui.widgets.choice import LETTERS, ChoiceOption, choice_keys, keys_range


class McqScreen(QuestionScreen):
    """Ask one multiple-choice question; the footer names the keys its options have."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # The footer entry ("1-6/a-f Answer") depends on the number of options: one binding
        # for each number, and check_action shows only the one that fits this question.
        *(Binding("1", f"pick(0, {count})", "Answer", key_display=keys_range(count))
          for count in range(1, len(LETTERS) + 1)),
        *(Binding(key, f"pick({index})", show=False)
          for index in range(len(LETTERS)) for key in choice_keys(index)),
        # A key bound here loses its base-class bindings: "f" (a letter now) flags once answered.
        Binding("f", "flag", "Flag"),
        Binding("escape", "quit_session", "Quit", show=False),  # Escape quits on every screen
    ]

    @property
    def options(self) -> tuple[str, ...]:
        """Return the question's choices, in display order."""
        question = self.prompt.question
        assert isinstance(question, MultipleChoice)
        return question.choices

    def compose_answer(self) -> ComposeResult:
        for index, choice in enumerate(self.options):
            yield ChoiceOption(index, choice)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            if self.answered or not isinstance(index := parameters[0], int):
                return False
            if len(parameters) > 1:     # the footer entry for one number of options
                return parameters[1] == min(len(self.options), len(LETTERS))
            return index < len(self.options)
        return super().check_action(action, parameters)

    def action_pick(self, index: int, _footer_count: int = 0) -> None:
        # `_footer_count` only tells the footer entries apart (see check_action).
        if self.answered or index >= len(self.options):
            return
        result = self.session.answer_choice(index)
        answer_index = result.prompt.question.answer_index  # type: ignore[union-attr]
        for option in self.query(ChoiceOption):
            option.mark(right=option.index == answer_index, picked=option.index == index)
        self.show_result(result)

    def on_choice_option_picked(self, message: ChoiceOption.Picked) -> None:
        self.action_pick(message.index)
