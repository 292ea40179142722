from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from app.services import summarizer as summarizer_mod


def _completion(text: str):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


@pytest.fixture
def summarizer(monkeypatch):
    client = MagicMock()
    client.chat.completions.create = AsyncMock(return_value=_completion("- point"))
    bedrock = MagicMock()
    bedrock.converse.return_value = {
        "output": {"message": {"content": [{"text": "- merged"}]}},
        "usage": {"inputTokens": 1, "outputTokens": 1},
    }
    monkeypatch.setattr(summarizer_mod, "get_async_azure_openai", lambda: client)
    monkeypatch.setattr(summarizer_mod, "get_bedrock_runtime", lambda: bedrock)
    return summarizer_mod.DocumentSummarizer()


@pytest.mark.anyio
async def test_short_document_single_pass(summarizer):
    out = await summarizer.summarize("Invoice 42 is due on 3 March.")
    assert out == "- point"
    summarizer._client.chat.completions.create.assert_awaited_once()
    summarizer._bedrock.converse.assert_not_called()


@pytest.mark.anyio
async def test_long_document_is_merged(summarizer, monkeypatch):
    monkeypatch.setattr(summarizer_mod, "SINGLE_PASS_TOKEN_LIMIT", 5)
    out = await summarizer.summarize("word " * 200 + "\n\n" + "other " * 200)
    assert out == "- merged"
    assert summarizer._bedrock.converse.call_count == 1
