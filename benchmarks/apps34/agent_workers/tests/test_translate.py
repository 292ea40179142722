from __future__ import annotations

import pytest

from agent_workers.models import Task
from agent_workers.plugins.translate import TranslatePlugin, split_paragraphs


def test_split_paragraphs_respects_limit():
    text = "\n\n".join(["a" * 50] * 10)
    chunks = split_paragraphs(text, limit=120)
    assert all(len(c) <= 120 for c in chunks)
    assert "".join(c.replace("\n", "") for c in chunks) == "a" * 500


@pytest.mark.asyncio
async def test_translate_collects_usage(toolbox):
    plugin = TranslatePlugin()
    await plugin.setup(toolbox)
    result = await plugin.handle(Task.create("translate", text="Hello", target="de"), toolbox)
    assert result.output["translation"] == "Hallo"
    assert result.input_tokens == 4
    assert toolbox.anthropic.messages.calls[0]["max_tokens"] == 8192


@pytest.mark.asyncio
async def test_detect_language_is_tracked(toolbox):
    plugin = TranslatePlugin()
    await plugin.setup(toolbox)
    await plugin.handle(Task.create("translate", text="Hallo Welt", target="en", detect_only=True), toolbox)
    logs = toolbox.tracker.drain()
    assert logs and logs[0].feature_context == "translate.detect"
