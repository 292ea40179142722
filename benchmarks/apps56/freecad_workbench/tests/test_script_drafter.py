from unittest import mock

from freecad.aiassist.core import script_drafter
from fakes import FakeAnthropic, FakeOpenAI

GOOD = "```python\nimport FreeCAD\ndoc = FreeCAD.ActiveDocument\ndoc.recompute()\n```"
BAD = "```python\nimport os\nprint(\n```"


def test_extract_code_strips_fence():
    assert script_drafter.extract_code(GOOD).startswith("import FreeCAD")


def test_validate_flags_forbidden():
    errors = script_drafter.validate("import os\n")
    assert any("forbidden" in e for e in errors)


def test_draft_with_claude(params):
    fake = FakeAnthropic(GOOD)
    with mock.patch.object(script_drafter, "get_anthropic_client", return_value=fake):
        result = script_drafter.ScriptDrafter("anthropic").draft("a cube")
    assert result.ok
    assert fake.messages.calls[0]["max_tokens"] == 4000


def test_deepseek_repair_loop(params):
    fake = FakeOpenAI(BAD, GOOD)
    with mock.patch.object(script_drafter, "get_deepseek_client", return_value=fake):
        result = script_drafter.ScriptDrafter("deepseek").draft("a cube")
    assert result.ok
    assert len(fake.chat.completions.calls) == 2
    fake.chat.completions.create(model="x", messages=[])
