"""The note types: fixed IDs, templates that only name real fields, never in an attribute."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import genanki
import pytest

from quizgen.export.note_types import (
    CLOZE_FIELDS,
    CLOZE_MODEL_ID,
    MCQ_FIELDS,
    MCQ_MODEL_ID,
    cloze_model,
    mcq_model,
)

_REFERENCE = re.compile(r"\{\{([#/^]?)([^}]*)\}\}")


def test_model_ids_are_our_own_fixed_constants() -> None:
    # Pinned on purpose: a changed ID makes every user's next import a second note type.
    assert (CLOZE_MODEL_ID, MCQ_MODEL_ID) == (1282774019, 1688256132)
    assert genanki.CLOZE_MODEL.model_id not in (CLOZE_MODEL_ID, MCQ_MODEL_ID)
    assert cloze_model().model_id == CLOZE_MODEL_ID and mcq_model().model_id == MCQ_MODEL_ID
    assert cloze_model().model_type == genanki.Model.CLOZE
    assert mcq_model().model_type == genanki.Model.FRONT_BACK


@pytest.mark.parametrize(
    ("model", "fields"), [(cloze_model(), CLOZE_FIELDS), (mcq_model(), MCQ_FIELDS)]
)
def test_templates_name_only_their_own_fields_and_never_inside_a_tag(model, fields) -> None:
    for template in model.templates:
        for side in (template["qfmt"], template["afmt"]):
            for _, name in _REFERENCE.findall(side):
                assert name.removeprefix("cloze:") in (*fields, "FrontSide")
            # A field inside <...> could break out of an attribute.
            assert not re.search(r"<[^>]*\{\{", side)
            # Braces of the script must never pair up into a reference Anki would read.
            assert side.count("{{") == side.count("}}") == len(_REFERENCE.findall(side))


def _shuffle_script() -> str:
    front = mcq_model().templates[0]["qfmt"]
    return re.search(r"<script>(.*)</script>", front, re.DOTALL).group(1)


# A page of the smallest DOM the script touches: the choice list, and the .qz-back
# wrapper on the back. `storage` is shared like sessionStorage between page loads.
_HARNESS = """
const vm = require("vm");
const script = process.env.CARD_SCRIPT;
if (!script) throw new Error("no script given");
function page(texts, back, windowObject, storage) {
  const list = {
    children: texts.map((text) => ({ textContent: text })),
    appendChild(item) {
      this.children = this.children.filter((child) => child !== item).concat([item]);
    },
  };
  windowObject.sessionStorage = storage;
  const document = {
    querySelector(selector) {
      if (selector === ".qz-choice-box ol") return list;
      if (selector === ".qz-back") return back ? {} : null;
      throw new Error("unexpected selector " + selector);
    },
  };
  vm.runInNewContext(script, { document, window: windowObject, JSON, Math, Array });
  return list.children.map((item) => item.textContent);
}
function memoryStorage() {
  const saved = {};
  return { getItem: (key) => (key in saved ? saved[key] : null),
           setItem: (key, value) => { saved[key] = String(value); } };
}
const broken = { getItem() { throw new Error("off"); }, setItem() { throw new Error("off"); } };
const choices = ["Rhine", "Volga", "Loire", "Elbe"];
const result = { fronts: [], desktopBacks: [], mobileBacks: [] };
for (let i = 0; i < 200; i++) {
  const desktop = {};  // Anki desktop: one page, and window, for both sides
  const storage = memoryStorage();
  const front = page(choices, false, desktop, storage);
  result.fronts.push(front);
  result.desktopBacks.push(page(choices, true, desktop, memoryStorage()));
  result.mobileBacks.push(page(choices, true, {}, storage));  // AnkiDroid: a new page
}
result.noStorageBack = page(choices, true, {}, broken);
const stale = memoryStorage();
page(["A", "B", "C"], false, {}, stale);
result.otherCardBack = page(choices, true, {}, stale);
console.log(JSON.stringify(result));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the card script")
def test_mcq_script_shuffles_each_front_and_the_back_keeps_that_order() -> None:
    environment = {**os.environ, "CARD_SCRIPT": _shuffle_script()}
    run = subprocess.run(
        ["node", "-e", _HARNESS], capture_output=True, text=True, timeout=60, env=environment
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    choices = ["Rhine", "Volga", "Loire", "Elbe"]
    assert all(sorted(front) == sorted(choices) for front in result["fronts"])
    # 200 shuffles of 4: every choice comes first sometimes (chance of a miss < 1e-24).
    assert {front[0] for front in result["fronts"]} == set(choices)
    assert result["desktopBacks"] == result["fronts"]
    assert result["mobileBacks"] == result["fronts"]
    # Without a saved order for this very card, the back keeps the set's order.
    assert result["noStorageBack"] == choices
    assert result["otherCardBack"] == choices
