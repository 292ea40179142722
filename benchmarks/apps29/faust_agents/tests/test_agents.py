import asyncio
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from supportstream.agents import translation, triage
from supportstream.models import Ticket
from supportstream.retry import _is_retryable, with_retries
from supportstream.retrieval import KnowledgeBase, Snippet
from tests.fakes import FakeCohere, FakeOpenAI, FakeVoyage


def _ticket(**kw):
    base = dict(id="T-1", account_id="A-1", subject="Refund", body="I was charged twice", channel="email")
    base.update(kw)
    return Ticket.create(**base)


def test_parse_triage_rejects_unknown_category():
    assert triage._parse_triage('{"category": "weird", "priority": "p9"}') == {
        "category": "other",
        "priority": "p3",
    }


async def test_classify_uses_openai_client(fake_clients):
    result = await triage.classify(_ticket())
    assert result.category == "billing"
    assert fake_clients.openai.chat.completions.calls[0]["temperature"] == 0


async def test_fast_priority_falls_back_on_garbage(monkeypatch):
    groq = MagicMock()
    groq.chat.completions.create = AsyncMock(
        return_value=MagicMock(choices=[MagicMock(message=MagicMock(content="URGENT!!"))])
    )
    monkeypatch.setattr(triage.app.clients, "groq", groq)
    assert await triage.fast_priority(_ticket(channel="chat")) == "p3"
    groq.chat.completions.create.assert_awaited_once()


async def test_fake_client_directly():
    fake = FakeOpenAI(reply="hello")
    resp = await fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "hello"


# --- retrieval -------------------------------------------------------------

@pytest.fixture()
def kb():
    return KnowledgeBase(voyage_client=FakeVoyage(), cohere_client=FakeCohere(), dsn="postgresql://unused")


async def test_rerank_cohere_keeps_order(kb):
    cands = [Snippet(id=str(i), title=f"t{i}", text="x") for i in range(5)]
    out = await kb.rerank("refund", cands, top_n=2)
    assert [s.id for s in out] == ["0", "1"]


async def test_rerank_voyage(kb):
    kb.reranker = "voyage"
    cands = [Snippet(id=str(i), title=f"t{i}", text="x") for i in range(3)]
    out = await kb.rerank("refund", cands, top_n=3)
    assert out[0].score == 1.0


async def test_embed_query(kb):
    assert await kb.embed_query("how do I export") == [0.1, 0.2, 0.3]


# --- translation / retry ---------------------------------------------------


class _RateLimited(Exception):
    status_code = 429


def test_looks_english():
    assert translation._looks_english("Hi, the export is not working and my report is empty")
    assert not translation._looks_english("Bonjour, l'export ne fonctionne pas")


async def test_translate_uses_deepseek_client(monkeypatch):
    deepseek = MagicMock()
    deepseek.chat.completions.create = AsyncMock(
        return_value=SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="Hello"))])
    )
    monkeypatch.setattr(translation.app.clients, "deepseek", deepseek)
    assert await translation.translate("Bonjour") == "Hello"
    kwargs = deepseek.chat.completions.create.await_args.kwargs
    assert kwargs["model"] == "deepseek-chat"


def test_retryable_classification():
    assert _is_retryable(_RateLimited())
    assert _is_retryable(asyncio.TimeoutError())
    assert not _is_retryable(ValueError("bad request"))


async def test_with_retries_eventually_succeeds(monkeypatch):
    monkeypatch.setattr("supportstream.retry.asyncio.sleep", AsyncMock())
    fn = AsyncMock(side_effect=[_RateLimited(), _RateLimited(), "ok"])
    assert await with_retries(fn, attempts=3) == "ok"
    assert fn.await_count == 3


async def test_with_retries_gives_up(monkeypatch):
    monkeypatch.setattr("supportstream.retry.asyncio.sleep", AsyncMock())
    fn = AsyncMock(side_effect=_RateLimited())
    with pytest.raises(_RateLimited):
        await with_retries(fn, attempts=2)
