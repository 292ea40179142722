import asyncio
from unittest.mock import MagicMock

from fakes import FakeAnthropic, FakeAsyncAnthropic
from toolkit.labeling.labeler import AsyncClaudeLabeler, ClaudeLabeler, PlatformLabeler, agreement


def test_label_one_uses_tool_output():
    client = FakeAnthropic(tool_inputs=[{"label": "bug", "confidence": 0.9}])
    lab = ClaudeLabeler(client, ["bug", "feature"]).label_one("it crashes")
    assert lab.label == "bug"
    assert client.calls[0]["tool_choice"]["name"] == "assign_label"


def test_unknown_label_is_mapped():
    client = FakeAnthropic(tool_inputs=[{"label": "rant", "confidence": 0.4}])
    assert ClaudeLabeler(client, ["bug"]).label_one("meh").label == "UNKNOWN"


def test_async_labeler():
    client = FakeAsyncAnthropic(tool_inputs=[{"label": "feature", "confidence": 0.7}] * 3)
    labels = asyncio.run(AsyncClaudeLabeler(client, ["bug", "feature"]).alabel_many(["a", "b", "c"], concurrency=2))
    assert {l.label for l in labels} == {"feature"}


def test_with_magicmock():
    client = MagicMock()
    block = MagicMock(type="tool_use", input={"label": "bug", "confidence": 1.0})
    client.messages.create.return_value = MagicMock(content=[block])
    assert ClaudeLabeler(client, ["bug"]).label_one("x").label == "bug"
    client.messages.create.assert_called_once()


def test_platform_labeler_uses_service():
    lab = asyncio.run(PlatformLabeler(["bug", "feature"]).alabel_one("it crashes"))
    assert lab.label == "bug"


def test_agreement():
    a = ClaudeLabeler(FakeAnthropic(tool_inputs=[{"label": "bug", "confidence": 1}]), ["bug"]).label_many(["x"])
    b = ClaudeLabeler(FakeAnthropic(tool_inputs=[{"label": "bug", "confidence": 1}]), ["bug"]).label_many(["x"])
    assert agreement(a, b) == 1.0
