import json
from unittest import mock

from shared_code.services.enrichment import EnrichmentService
from tests.fakes import FakeOpenAIClient


def test_enrich_happy_path(fake_cohere, sample_record):
    classifier = FakeOpenAIClient(replies=[json.dumps({"category": "invoice", "confidence": 0.93})])
    service = EnrichmentService(cohere_client=fake_cohere, classifier_client=classifier)
    result = service.enrich(sample_record)
    assert result.ok, result.errors
    assert result.category == "invoice"
    assert result.tags == ["invoice", "payment terms"]
    assert len(result.embedding) == 4
    assert classifier.calls[0]["response_format"] == {"type": "json_object"}


def test_unknown_category_falls_back_to_other(fake_cohere, sample_record):
    classifier = FakeOpenAIClient(replies=[json.dumps({"category": "recipe"})])
    service = EnrichmentService(cohere_client=fake_cohere, classifier_client=classifier)
    category, _ = service.classify(sample_record)
    assert category == "other"


def test_embedding_failure_is_recorded(sample_record):
    cohere_client = mock.MagicMock()
    cohere_client.chat.return_value.message.content = []
    cohere_client.embed.side_effect = RuntimeError("429 Too Many Requests")
    classifier = FakeOpenAIClient(replies=['{"category": "contract"}'])
    result = EnrichmentService(cohere_client, classifier_client=classifier).enrich(sample_record)
    assert not result.ok
    assert any(e.startswith("embed:") for e in result.errors)
