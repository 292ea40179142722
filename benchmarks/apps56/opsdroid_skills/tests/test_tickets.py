import pytest

from skills.common.formatting import chunk
from skills.common.tokens import estimate_cost
from skills.tickets.classifier import TicketClassifier, cosine

from .fakes import FakeOpenAI


@pytest.mark.asyncio
async def test_classify_uses_structured_output(fake_openai):
    clf = TicketClassifier(fake_openai, model="gpt-4o-mini")
    result = await clf.classify("db down", "primary not answering")
    assert result.label == "incident"
    call = fake_openai.chat.completions.calls[0]
    assert call["model"] == "gpt-4o-mini"


@pytest.mark.asyncio
async def test_sensitive_tickets_are_flagged():
    client = FakeOpenAI()
    client.flagged = True
    assert await TicketClassifier(client).is_sensitive("something nasty")


@pytest.mark.asyncio
async def test_fake_roundtrip():
    client = FakeOpenAI(reply="pong")
    resp = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])
    assert resp.choices[0].message.content == "pong"


def test_cosine():
    assert cosine([1, 0], [1, 0]) == pytest.approx(1.0)
    assert cosine([1, 0], [0, 1]) == pytest.approx(0.0)


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_estimate_cost_unknown_model_is_free():
    assert estimate_cost("mystery", 10, 10) == 0.0


def test_chunk_splits_long_text():
    text = "\n\n".join(["x" * 1000] * 5)
    parts = chunk(text, limit=2500)
    assert len(parts) > 1
    assert all(len(p) <= 2500 for p in parts)
