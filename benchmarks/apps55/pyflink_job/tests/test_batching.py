import asyncio
from types import SimpleNamespace
from unittest import mock

import pytest

from enrichment import batching


class _AsyncCompletions:
    async def create(self, **kwargs):
        msg = SimpleNamespace(content="browse")
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=1),
        )


@pytest.fixture
def batcher(monkeypatch):
    fake = SimpleNamespace(chat=SimpleNamespace(completions=_AsyncCompletions()), close=mock.AsyncMock())
    monkeypatch.setattr(batching, "make_async_openai_client", lambda: fake)
    monkeypatch.setattr(batching, "make_async_anthropic_client", lambda: mock.AsyncMock())
    b = batching.AsyncBatcher(concurrency=2)
    yield b
    b.close()


def test_run_batch_tracked(batcher, click_event):
    labels = batcher.run_batch([click_event] * 5, batcher.classify_click_tracked)
    assert labels == ["browse"] * 5


def test_failures_become_none(batcher):
    async def boom(_):
        raise RuntimeError("x")

    assert batcher.run_batch([1, 2], boom) == [None, None]
