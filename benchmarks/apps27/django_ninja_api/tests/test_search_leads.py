from unittest import mock

import pytest

from leads.services import ConciergeService, ConciergeSession
from search import services as search_services

from conftest import FakeAnthropic

pytestmark = pytest.mark.django_db


def test_embed_documents_batches(fake_voyage):
    vectors = search_services.embed_documents(["a" * 40, "b" * 40, "c" * 40])
    assert len(vectors) == 3
    assert fake_voyage.embed_calls == [["a" * 40, "b" * 40, "c" * 40]]


def test_rerank_maps_indices(fake_voyage):
    hits = [search_services.SearchHit(listing_id=i, score=0.0, snippet=str(i)) for i in range(3)]
    out = search_services.rerank("yard", hits, top_k=2)
    assert [h.listing_id for h in out] == [2, 1]


def test_embed_query_falls_back_to_openai(fake_voyage, fake_openai, monkeypatch):
    monkeypatch.setattr(fake_voyage, "embed", mock.Mock(side_effect=RuntimeError("429")))
    vector = search_services.embed_query("pool")
    assert len(vector) == 1024
    assert fake_openai.embeddings.create.calls[0]["kwargs"]["model"] == "text-embedding-3-large"


def test_concierge_reply_appends_to_history(listing):
    fake = FakeAnthropic("It has 3 bedrooms.")
    service = ConciergeService(client=fake, model="claude-test")
    session = ConciergeSession(listing=listing).chat("user", "How many bedrooms?")

    reply = service.reply(session)

    assert reply == "It has 3 bedrooms."
    assert session.history[-1] == {"role": "assistant", "content": "It has 3 bedrooms."}
    sent = fake.messages.create.calls[0]["kwargs"]
    assert "12 Elm St" in sent["system"]


def test_triage_parses_bedrock_payload(monkeypatch):
    import io
    import json

    from leads import services as lead_services

    body = {"content": [{"text": 'Sure: {"intent": "showing", "urgency": 4, "summary": "wants Saturday"}'}]}
    bedrock = mock.Mock()
    bedrock.invoke_model.return_value = {"body": io.BytesIO(json.dumps(body).encode())}
    monkeypatch.setattr(lead_services, "get_bedrock", lambda: bedrock)

    result = lead_services.triage_inquiry("3bd house", "Can I see it Saturday?")

    assert result["intent"] == "showing"
    bedrock.invoke_model.assert_called_once()
