from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from app.services.research import ResearchAssistant
from app.utils.checklist import ChecklistItem, completion
from app.utils.text import chunk_text


@pytest.fixture
def fake_azure():
    client = MagicMock()
    message = SimpleNamespace(content="ok", refusal=None, parsed=None, tool_calls=None)
    usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
    client.chat.completions.create = AsyncMock(
        return_value=SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage, model="gpt-4o")
    )
    return client


@pytest.fixture
def fake_bedrock():
    client = MagicMock()
    client.converse.return_value = {
        "output": {"message": {"content": [{"text": "- a\n- b"}]}},
        "usage": {"inputTokens": 12, "outputTokens": 4},
        "stopReason": "end_turn",
    }
    return client


def test_chunk_text_respects_max():
    text = "\n\n".join("para %d " % i * 50 for i in range(40))
    chunks = chunk_text(text, max_chars=1000, overlap=100)
    assert chunks and all(len(c) <= 1100 for c in chunks)


def test_checklist_completion():
    items = [ChecklistItem("conflict_check", True), ChecklistItem("billing_setup", False)]
    assert completion(items) == 0.5


@pytest.mark.asyncio
async def test_research_returns_content_without_tools(fake_azure):
    import httpx

    async with httpx.AsyncClient() as http:
        assistant = ResearchAssistant(fake_azure, http)
        assert await assistant.answer("Is a forum selection clause enforceable?") == "ok"
    fake_azure.chat.completions.create.assert_awaited_once()
