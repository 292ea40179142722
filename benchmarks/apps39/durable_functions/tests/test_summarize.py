import pytest

from app import db
from app.functions import embed as embed_mod
from app.functions import summarize as summarize_mod
from tests.fakes import fake_ctx


@pytest.mark.asyncio
async def test_summarize_single_chunk(fake_anthropic, step, monkeypatch):
    rec = db.documents.create(title="Doc", body="short body", status="queued")
    result = await summarize_mod.summarize_document._handler(fake_ctx({"document_id": rec.id}), step)
    assert result["chunks"] == 1
    assert "summarize-chunk-0" in step.ran
    assert db.documents.get(rec.id).data["status"] == "ready"
    assert step.sent, "embedding event should be sent"


@pytest.mark.asyncio
async def test_summarize_chunk_prompt(fake_anthropic):
    out = await summarize_mod._summarize_chunk("hello world", 3)
    assert out.startswith("- point one")
    sent = fake_anthropic.messages.calls[0]
    assert "3 bullets" in sent["system"]

from tests.fakes import fake_ctx


@pytest.mark.asyncio
async def test_embed_summary_indexes(fake_openai, step):
    rec = db.summaries.create(text="some summary text")
    out = await embed_mod.embed_summary._handler(fake_ctx({"summary_id": rec.id}), step)
    assert out == {"indexed": 1}
    assert fake_openai.moderations.calls[0]["model"] == "omni-moderation-latest"


@pytest.mark.asyncio
async def test_embed_missing_summary(step):
    out = await embed_mod.embed_summary._handler(fake_ctx({"summary_id": "missing"}), step)
    assert out == {"skipped": True}
