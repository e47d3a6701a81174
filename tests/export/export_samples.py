"""Sample sets with hostile text, and a reader for the card HTML that Anki renders."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from quizgen.model import Cloze, MultipleChoice, QuestionSet, SetSource, SourceRef

SCRIPT = "<script>alert('pwned')</script>"
IMG = '<img src=x onerror="alert(1)">'
CLOZE_OPENER = "{{c1::"


def sample_sets() -> list[QuestionSet]:
    """Two small sets: clozes with one and two card numbers, MCQs, and hostile article text.

    6 notes, 8 cards: "danube" and "colons" have c1 and c2, the rest one card each.
    """
    rivers = QuestionSet(
        id="rivers",
        title="Rivers of Europe",
        description="Made-up facts about rivers & <seas>",
        tags=("geography",),
        source=SetSource(title="A river article"),
        questions=(
            Cloze(
                id="danube",
                text="The {{c1::Danube}} flows into the {{c2::Black Sea::sea}}.",
                explanation="Two deletions: two cards.",
                tags=("rivers", "two words"),
                source=SourceRef(sentence="The Danube flows into the Black Sea."),
            ),
            Cloze(
                id="hostile-cloze",
                text=f"Wrote {SCRIPT} by the {{{{c1::{IMG} gate}}}}, then {CLOZE_OPENER} stayed.",
                explanation=f"Explained with {SCRIPT}",
                source=SourceRef(sentence=f"Sentence with {IMG} and {CLOZE_OPENER} in it"),
            ),
            MultipleChoice(
                id="longest",
                question="Which river is the longest?",
                answer="Volga",
                choices=("Rhine", "Volga", "Loire", "Elbe"),
                explanation="The Volga is about 3,500 km long.",
            ),
        ),
    )
    towns = QuestionSet(
        id="towns",
        title="Towns",
        source=SetSource(title=f"Town article {SCRIPT}"),
        questions=(
            MultipleChoice(
                id="hostile-mcq",
                question=f"Which one says {SCRIPT} or {CLOZE_OPENER}?",
                answer=f"{IMG} answer",
                choices=("Plain", f"{IMG} answer", f"{CLOZE_OPENER}wrong}}}}"),
                explanation=f"Because {IMG}",
                source=SourceRef(sentence=f"A sentence with {SCRIPT}"),
            ),
            Cloze(id="founded", text="The town was founded in {{c1::1203}}."),
            # A colon in an answer, `::` in a hint, `{{` in an answer: all must show as written.
            Cloze(id="colons", text="Meet at {{c1::10:30::a time::of day}} by {{c2::a {{b}}."),
        ),
    )
    return [rivers, towns]


# (set id, question id) of every question in sample_sets(), in order.
SAMPLE_QUESTIONS = [
    ("rivers", "danube"),
    ("rivers", "hostile-cloze"),
    ("rivers", "longest"),
    ("towns", "hostile-mcq"),
    ("towns", "founded"),
    ("towns", "colons"),
]


@dataclass(frozen=True)
class ImportCounts:
    """Anki's import log, counted: what the importer did with the package's notes."""

    new: int
    updated: int
    duplicate: int
    conflicting: int


# Tags a browser shows as a line break: text on either side never runs together.
_BREAKING = frozenset({"br", "div", "p", "ol", "ul", "li", "hr"})


class CardHtml(HTMLParser):
    """Reads card HTML as a browser would: visible text, live tags, event attributes."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.event_attributes: list[str] = []
        self.classes: list[str] = []
        self.marked: list[str] = []  # text of each element with class qz-correct
        self._marked_depth = 0
        self._text: list[str] = []
        self._hidden_depth = 0
        self.feed(markup)
        self.close()

    @property
    def text(self) -> str:
        """The text a reader sees, whitespace collapsed."""
        return " ".join("".join(self._text).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in _BREAKING:
            self._text.append("\n")
        self.event_attributes += [name for name, _ in attrs if name.startswith("on")]
        self.classes += [value or "" for name, value in attrs if name == "class"]
        if tag in ("script", "style"):
            self._hidden_depth += 1
        if self._marked_depth:
            self._marked_depth += 1
        elif "qz-correct" in (dict(attrs).get("class") or "").split():
            self._marked_depth = 1
            self.marked.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKING:
            self._text.append("\n")
        if tag in ("script", "style"):
            self._hidden_depth -= 1
        if self._marked_depth:
            self._marked_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self._text.append(data)
        if self._marked_depth:
            self.marked[-1] += data
