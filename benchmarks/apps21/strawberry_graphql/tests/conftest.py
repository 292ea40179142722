from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from kb_api.context import Context, Viewer
from kb_api.llm.clients import LLMClients
from fakes import FakeAsyncOpenAI, FakeHF, FakeIndexer, FakeMistral, FakeReplicate


@pytest.fixture
def fake_llm() -> LLMClients:
    return LLMClients(
        openai=FakeAsyncOpenAI(),
        perplexity=FakeAsyncOpenAI(reply="from the web"),
        gemini=MagicMock(),
        mistral=FakeMistral(),
        hf=FakeHF(),
        replicate=FakeReplicate(),
    )


@pytest.fixture
def article_row():
    return SimpleNamespace(
        id="a1",
        space_id="s1",
        title="Rotating API tokens",
        body="# Rotating\n\nGo to settings and click rotate.",
        summary=None,
        tags=[],
        cover_url=None,
        updated_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
        author_id="u1",
    )


@pytest.fixture
def context(fake_llm, article_row) -> Context:
    session = MagicMock()
    session.commit = AsyncMock()
    ctx = Context(session=session, llm=fake_llm, viewer=Viewer("u1", "ed@example.com", "editor", "t1"))
    ctx.articles = MagicMock()
    ctx.articles.get = AsyncMock(return_value=article_row)
    ctx.articles.create = AsyncMock(return_value=article_row)
    ctx.chunks = MagicMock()
    ctx.chunks.nearest = AsyncMock(return_value=[SimpleNamespace(article_id="a1", text="click rotate")])
    ctx.request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(indexer=FakeIndexer())))
    return ctx
