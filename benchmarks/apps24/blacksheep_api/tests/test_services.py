from __future__ import annotations

import json
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from lexbrief.clients import ProviderRegistry
from lexbrief.models import Clause, ClauseExtraction, RedlineRequest, SearchRequest
from lexbrief.services import privilege_screen
from lexbrief.services.case_search import CaseSearchService
from lexbrief.services.clause_extractor import LONG_DOC_CHARS, ClauseExtractor
from lexbrief.services.embeddings import EmbeddingService
from lexbrief.services.llm_usage_tracker import LLMUsageTracker, estimate_cost_usd
from lexbrief.services.redline import RedlineService
from lexbrief.utils import chunk_text

from .conftest import FakeChunks, FakeCohere, FakeOpenAI, FakeVoyage


async def test_fake_openai_records_calls(fake_openai):
    resp = await fake_openai.chat.completions.create(model="gpt-4.1-mini", messages=[{"role": "user", "content": "hi"}])
    assert resp.usage.prompt_tokens == 11
    assert fake_openai.completions.calls[0]["model"] == "gpt-4.1-mini"


async def test_extract_short_uses_structured_output(fake_clients):
    expected = ClauseExtraction(parties=["Acme", "Globex"], clauses=[Clause(kind="governing_law", text="New York")])
    fake_clients.openai.completions.parsed = expected
    result = await ClauseExtractor(fake_clients).extract("This Agreement is governed by New York law.")
    assert result == expected
    assert fake_clients.openai.completions.calls[0]["response_format"] is ClauseExtraction


async def test_extract_long_doc_is_chunked_and_deduped():
    reply = json.dumps({"parties": ["Acme"], "clauses": [{"kind": "termination", "text": "Either party may terminate"}]})
    fake = FakeOpenAI(replies=[reply] * 10)
    clients = SimpleNamespace(openai=fake)
    text = ("Either party may terminate on notice. " * 2000)[: LONG_DOC_CHARS + 500]
    result = await ClauseExtractor(clients).extract(text)
    assert result.parties == ["Acme"]
    assert len(result.clauses) == 1
    assert len(fake.completions.calls) == len(chunk_text(text, max_chars=20_000, overlap=500))


async def test_embeddings_fall_back_to_openai(fake_openai):
    clients = SimpleNamespace(openai=fake_openai, voyage=FakeVoyage(fail=True))
    service = EmbeddingService(clients)
    vectors = await service.embed_documents(["a", "b", "c"])
    assert len(vectors) == 3
    assert service.fallback_count == 1
    assert fake_openai.embed_calls[0]["dimensions"] == 1024


async def test_case_search_reranks_candidates():
    rows = [
        {"doc_id": "d1", "title": "Smith v. Jones", "text": "short"},
        {"doc_id": "d2", "title": "Doe v. Roe", "text": "a much longer holding about indemnity caps"},
    ]
    service = CaseSearchService(FakeVoyage(), FakeCohere(), FakeChunks(rows))
    hits = await service.search(SearchRequest(query="indemnity cap", top_k=1))
    assert [h.doc_id for h in hits] == ["d2"]
    assert service.query_token_budget(["indemnity cap"]) == 2


async def test_redline_uses_fireworks_model():
    fireworks = MagicMock()
    fireworks.chat.completions.create = AsyncMock(
        return_value=SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="[+mutual+] indemnity"))])
    )
    out = await RedlineService(fireworks).suggest(RedlineRequest(clause_text="Seller shall indemnify", position="seller"))
    assert out.startswith("[+mutual+]")
    kwargs = fireworks.chat.completions.create.await_args.kwargs
    assert kwargs["model"].startswith("accounts/fireworks/")


async def test_privilege_screen(monkeypatch):
    client = MagicMock()
    categories = MagicMock()
    categories.model_dump.return_value = {"harassment": False, "violence": False}
    client.moderations.create = AsyncMock(return_value=SimpleNamespace(results=[SimpleNamespace(categories=categories)]))
    monkeypatch.setattr(
        privilege_screen.multi_model_service,
        "generate_response",
        AsyncMock(return_value=SimpleNamespace(text="privileged")),
    )
    result = await privilege_screen.screen(client, "Memo from outside counsel re: litigation strategy")
    assert result.privilege == "PRIVILEGED"
    assert result.categories == []


async def test_tracker_buffers_without_db():
    tracker = LLMUsageTracker()
    async with tracker.track_llm_call(provider="openai", model="gpt-4.1-mini", feature_context="test") as usage_log:
        usage_log.input_tokens = 1000
        usage_log.output_tokens = 500
    assert tracker._buffer[0].cost_usd == estimate_cost_usd("gpt-4.1-mini", 1000, 500)


def test_registry_lookup():
    registry = ProviderRegistry()
    registry.register("openai", object())
    assert "openai" in registry
    with pytest.raises(LookupError):
        registry.get("mistral")
