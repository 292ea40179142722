from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from kb_api.models import Article, User


class FakeCompletions:
    def __init__(self, text: str = "ok"):
        self.text = text
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.text)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)


class FakeEmbeddings:
    async def create(self, *, model, input):
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(data=[SimpleNamespace(index=i, embedding=[0.1, 0.2, 0.3]) for i, _ in enumerate(items)])


class FakeOpenAI:
    def __init__(self, text: str = "ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(text))
        self.embeddings = FakeEmbeddings()


@pytest.fixture
def article() -> Article:
    return Article(id=1, title="Deploying the API", body="# Steps\n\nRun make deploy.", space_id=1, author_id=7)


@pytest.fixture
def fake_llm():
    anthropic = MagicMock()
    anthropic.messages.create = AsyncMock(
        return_value=SimpleNamespace(content=[SimpleNamespace(type="text", text="A summary.")])
    )
    anthropic.messages.count_tokens = AsyncMock(return_value=SimpleNamespace(input_tokens=100))
    return SimpleNamespace(openai=FakeOpenAI(), anthropic=anthropic, groq=FakeOpenAI("fast"), cohere=MagicMock())


@pytest.fixture
def gql_context(fake_llm, article):
    db = MagicMock()
    db.articles.get_many = AsyncMock(return_value=[article])
    db.articles.update = AsyncMock(return_value=article)
    db.articles.create = AsyncMock(return_value=article)
    loaders = {"article": MagicMock(load=AsyncMock(return_value=article))}
    return {"db": db, "llm": fake_llm, "openai": fake_llm.openai, "user": User(7, "a@b.c", "Ann"), "loaders": loaders}
