from unittest import mock

import pytest
from pyramid import testing
from pyramid.httpexceptions import HTTPUnprocessableEntity

from lexreview import tweens
from lexreview.llm.interfaces import IOpenAIClient
from lexreview.views import assistant, documents, review


def _doc(text="This Master Services Agreement is governed by New York law."):
    d = mock.MagicMock()
    d.id = 7
    d.text = text
    d.summary = None
    d.matter_id = 1
    return d


def test_classify_document_uses_request_openai(dummy_request, fake_openai):
    dummy_request.matchdict = {"doc_id": "7"}
    dummy_request.dbsession.get.return_value = _doc()
    dummy_request.openai = fake_openai
    result = documents.classify_document(dummy_request)
    assert result["doc_type"] == "contract"
    assert fake_openai.chat.completions.calls[0]["max_tokens"] == 5


def test_memo_view(dummy_request, fake_anthropic):
    dummy_request.matchdict = {"doc_id": "7"}
    doc = _doc()
    doc.summary = "already summarised"
    dummy_request.dbsession.get.return_value = doc
    dummy_request.anthropic = fake_anthropic
    views = review.ReviewViews(None, dummy_request)
    out = views.memo()
    assert out["stop_reason"] == "end_turn"
    assert fake_anthropic.messages.calls[0]["model"].startswith("claude")


def test_assistant_granite(dummy_request):
    dummy_request.json_body = {"prompt": "what is this?"}
    dummy_request.watsonx = dummy_request.registry.getUtility(
        __import__("lexreview.llm.interfaces", fromlist=["IWatsonxModel"]).IWatsonxModel, name="chat"
    )
    out = assistant.assistant_granite(dummy_request)
    assert out["answer"] == "granite says hi"


def test_assistant_quick_mode_with_mock_client(dummy_request):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.MagicMock()]
    client.chat.completions.create.return_value.choices[0].message.content = "ok"
    dummy_request.deepseek = client
    dummy_request.json_body = {"prompt": "hello", "mode": "quick"}
    out = assistant.assistant_chat(dummy_request)
    assert out["answer"] == "ok"
    client.chat.completions.create.assert_called_once()


def test_assistant_deep_mode_goes_through_multi_model_service(dummy_request):
    dummy_request.json_body = {"prompt": "analyse", "mode": "deep"}
    with mock.patch.object(assistant, "run_sync", return_value="deep answer") as rs, mock.patch.object(
        assistant.multi_model_service, "generate_response"
    ) as gen:
        out = assistant.assistant_chat(dummy_request)
    assert out == {"answer": "deep answer", "mode": "deep"}
    gen.assert_called_once()
    rs.assert_called_once()


# --- tweens ---


@pytest.fixture
def registry_with_mock_openai():
    with testing.testConfig() as config:
        client = mock.MagicMock()
        client.moderations.create.return_value.results = [mock.MagicMock(flagged=True)]
        config.registry.registerUtility(client, IOpenAIClient)
        config.add_route("assistant_chat", "/assistant/chat")
        config.commit()
        yield config.registry, client


def test_screening_rejects_flagged(registry_with_mock_openai):
    registry, client = registry_with_mock_openai
    handler = mock.Mock()
    tween = tweens.intake_screening_tween_factory(handler, registry)
    request = testing.DummyRequest(post={}, path="/assistant/chat")
    request.method = "POST"
    request.registry = registry
    request.content_type = "application/json"
    request.json_body = {"prompt": "something awful"}
    with pytest.raises(HTTPUnprocessableEntity):
        tween(request)
    client.moderations.create.assert_called_once()
    handler.assert_not_called()


def test_timing_tween_passes_through():
    registry = mock.MagicMock(settings={})
    handler = mock.Mock(return_value="resp")
    tween = tweens.request_timing_tween_factory(handler, registry)
    assert tween(testing.DummyRequest()) == "resp"
