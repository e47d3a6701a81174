"""The two Anki note types quizgen exports to: their fixed IDs, fields, templates and style."""

from __future__ import annotations

from functools import cache

import genanki

# Fixed forever: Anki recognises a note type by its ID, so changing one would make
# every user's next import create a second note type. Renaming or reordering a
# field or template is a breaking change too (Anki reports the notes as
# "conflicting" and makes a copy of the note type): if that is ever needed, give
# the changed note type a new ID and name.
CLOZE_MODEL_ID = 1282774019
MCQ_MODEL_ID = 1688256132

CLOZE_NAME = "quizgen Cloze"
MCQ_NAME = "quizgen MCQ"

CLOZE_FIELDS = ("Text", "Extra", "Source")
MCQ_FIELDS = ("Question", "Choices", "Answer", "Explanation", "Source")

# Class of the <li> holding the right choice; only the back's stylesheet marks it,
# so the mark needs no script and no field ever sits inside an attribute.
CORRECT_CLASS = "qz-correct"

_CSS = """\
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px; line-height: 1.45; text-align: left; max-width: 38em; margin: 0 auto; }
.cloze { font-weight: bold; color: #1f6feb; }
.nightMode .cloze, .night_mode .cloze { color: #79b8ff; }
.qz-question { margin-bottom: 0.6em; }
.qz-choices { list-style-type: upper-alpha; padding-left: 1.8em; }
.qz-choices li { margin: 0.25em 0; padding: 0.1em 0.4em; border-radius: 4px; }
.qz-back .qz-correct { font-weight: bold; background: rgba(46, 160, 67, 0.22); }
.qz-back .qz-correct::after { content: " \\2714"; color: #2ea043; }
.qz-answer { font-weight: bold; }
.qz-extra, .qz-explanation { margin-top: 0.6em; }
.qz-source { margin-top: 0.8em; font-size: 0.75em; opacity: 0.75; }
"""

# Shuffles the choices on the front for every review. The back shows the same
# order: the front saves it (page global for Anki desktop, whose page lives on
# between the sides; sessionStorage for AnkiDroid/AnkiMobile, which load each side
# afresh) and, on the back, puts it back instead of shuffling again. The back is
# recognised by the .qz-back wrapper, which opens before {{FrontSide}} and so is
# already in the document when this script runs. With scripts off, or no saved
# order, the choices keep the order of the question set. It must never contain two
# braces in a row: Anki would read them as a field reference.
_SHUFFLE_SCRIPT = """\
<script>
(function () {
  var STORE = "quizgen-choice-order";
  var list = document.querySelector(".qz-choice-box ol");
  if (!list) return;
  var items = Array.prototype.slice.call(list.children);
  var key = items.map(function (item) { return item.textContent; }).join("\\n");
  var order = null;
  if (document.querySelector(".qz-back")) {
    order = loadOrder();
  } else {
    order = items.map(function (item, index) { return index; });
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var kept = order[i];
      order[i] = order[j];
      order[j] = kept;
    }
    saveOrder();
  }
  if (order && order.length === items.length) {
    order.forEach(function (index) { list.appendChild(items[index]); });
  }

  function saveOrder() {
    var entry = JSON.stringify({ key: key, order: order });
    window.quizgenChoiceOrder = entry;
    try {
      window.sessionStorage.setItem(STORE, entry);
    } catch (error) {
      // No storage (private mode, old WebView): the back shows the fixed order.
    }
  }

  function loadOrder() {
    var entry = window.quizgenChoiceOrder;
    try {
      entry = entry || window.sessionStorage.getItem(STORE);
      var saved = JSON.parse(entry);
      return saved && saved.key === key ? saved.order : null;
    } catch (error) {
      return null;
    }
  }
})();
</script>"""

_CLOZE_FRONT = '<div class="qz-cloze">{{cloze:Text}}</div>'
_CLOZE_BACK = """\
<div class="qz-cloze">{{cloze:Text}}</div>
<hr id="answer">
{{#Extra}}<div class="qz-extra">{{Extra}}</div>{{/Extra}}
{{#Source}}<div class="qz-source">{{Source}}</div>{{/Source}}"""

_MCQ_FRONT = (
    '<div class="qz-question">{{Question}}</div>\n'
    '<div class="qz-choice-box">{{Choices}}</div>\n' + _SHUFFLE_SCRIPT
)
_MCQ_BACK = """\
<div class="qz-back">
{{FrontSide}}
<hr id="answer">
<div class="qz-answer">{{Answer}}</div>
{{#Explanation}}<div class="qz-explanation">{{Explanation}}</div>{{/Explanation}}
{{#Source}}<div class="qz-source">{{Source}}</div>{{/Source}}
</div>"""


@cache
def cloze_model() -> genanki.Model:
    """Return the "quizgen Cloze" note type: one card per cN number in Text."""
    return _model(CLOZE_MODEL_ID, CLOZE_NAME, CLOZE_FIELDS, _CLOZE_FRONT, _CLOZE_BACK, cloze=True)


@cache
def mcq_model() -> genanki.Model:
    """Return the "quizgen MCQ" note type: one card showing shuffled choices."""
    return _model(MCQ_MODEL_ID, MCQ_NAME, MCQ_FIELDS, _MCQ_FRONT, _MCQ_BACK, cloze=False)


def _model(
    model_id: int, name: str, fields: tuple[str, ...], front: str, back: str, *, cloze: bool
) -> genanki.Model:
    return genanki.Model(
        model_id,
        name,
        fields=[{"name": field} for field in fields],
        # The template's name is part of the note type too: renaming it is a breaking change.
        templates=[{"name": "Cloze" if cloze else "Multiple choice", "qfmt": front, "afmt": back}],
        css=_CSS,
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
    )
