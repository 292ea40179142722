from __future__ import annotations

from types import SimpleNamespace

import pytest
from taskiq import TaskiqMessage

from app.services.llm_usage_tracker import UsageLog, llm_tracker
from tests.fakes import FakeOpenAI, FakeVoyage
from workers.middlewares import ContentSafetyMiddleware, SpendGuardMiddleware
from workers.registry import VoyageEmbedder, embedder_for
from workers.text import chunk_text


def _message(**labels) -> TaskiqMessage:
    return TaskiqMessage(
        task_id="t1",
        task_name="content.moderation.moderate_post",
        labels=labels,
        args=[],
        kwargs={"post_id": "p1", "text": "some forum text"},
    )


async def test_safety_middleware_skips_unlabelled():
    mw = ContentSafetyMiddleware()
    fake = FakeOpenAI()
    mw.set_broker(SimpleNamespace(state=SimpleNamespace(openai=fake)))
    out = await mw.pre_execute(_message())
    assert "moderation_flagged" not in out.labels
    assert fake.rec.calls == []


async def test_safety_middleware_labels_flagged():
    mw = ContentSafetyMiddleware()
    fake = FakeOpenAI()
    fake.flag_everything = True
    mw.set_broker(SimpleNamespace(state=SimpleNamespace(openai=fake)))
    out = await mw.pre_execute(_message(user_submitted="1"))
    assert out.labels["moderation_flagged"] == "1"


async def test_spend_guard_blocks_over_budget():
    await llm_tracker.record(
        UsageLog(provider="anthropic", model="claude-3-5-sonnet-20241022", feature_context="summary",
                 course_id="c9", input_tokens=5_000_000, output_tokens=1_000_000)
    )
    mw = SpendGuardMiddleware(daily_budget=1.0)
    msg = _message(course_id="c9")
    msg.task_name = "content.summaries.summarize_lesson"
    with pytest.raises(RuntimeError):
        mw.pre_execute(msg)



async def test_voyage_embedder_input_types():
    fake = FakeVoyage(dim=3)
    emb = VoyageEmbedder(fake)
    docs = await emb.embed_documents(["a", "bb"])
    q = await emb.embed_query("c")
    assert len(docs) == 2 and len(q) == 3
    assert [kw["input_type"] for _, kw in fake.rec.calls] == ["document", "query"]


def test_registry_lookup():
    state = SimpleNamespace(voyage=FakeVoyage(), cohere=object())
    assert isinstance(embedder_for(state, "voyage"), VoyageEmbedder)


def test_chunking_respects_limit():
    text = "\n\n".join("para %d " % i + "x" * 300 for i in range(30))
    chunks = chunk_text(text, max_chars=1000, overlap=100)
    assert all(len(c) <= 1100 for c in chunks)
    assert len(chunks) > 5
