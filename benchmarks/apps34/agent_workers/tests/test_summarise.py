from __future__ import annotations

from unittest.mock import AsyncMock, patch

import pytest

from agent_workers.models import Task, TaskStatus
from agent_workers.plugins.summarise import SummarisePlugin


@pytest.mark.asyncio
async def test_long_text_uses_responses_api(toolbox):
    plugin = SummarisePlugin()
    await plugin.setup(toolbox)
    task = Task.create("summarise", text="word " * 2000)
    result = await plugin.handle(task, toolbox)
    assert result.status is TaskStatus.DONE
    assert result.output["summary"] == "summary"
    call = toolbox.openai.responses.calls[0]
    assert call["model"] == toolbox.settings.models.summarise


@pytest.mark.asyncio
async def test_short_text_goes_through_tracked_service(toolbox):
    plugin = SummarisePlugin()
    await plugin.setup(toolbox)
    with patch("agent_workers.plugins.summarise.multi_model_service") as svc:
        svc.generate_response = AsyncMock(return_value={"content": "tiny", "model": "gpt-4.1-mini"})
        result = await plugin.handle(Task.create("summarise", text="short"), toolbox)
    assert result.output == {"summary": "tiny"}
    assert toolbox.openai.responses.calls == []


@pytest.mark.asyncio
async def test_openai_client_mock_is_not_hit_for_short_text(toolbox):
    mock_client = AsyncMock()
    mock_client.responses.create.return_value = None
    toolbox.openai = mock_client
    plugin = SummarisePlugin()
    await plugin.setup(toolbox)
    with patch("agent_workers.plugins.summarise.multi_model_service") as svc:
        svc.generate_response = AsyncMock(return_value={"content": "x", "model": "m"})
        await plugin.handle(Task.create("summarise", text="hi"), toolbox)
    mock_client.responses.create.assert_not_called()
