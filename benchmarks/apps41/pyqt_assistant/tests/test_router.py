import asyncio

from quill.tracking.llm_usage_tracker import LLMUsageTracker
from quill.tracking.multi_model_service import MultiModelService, TaskComplexity


def test_router_openai_shape(router, fake_clients):
    out = router.complete("hi", provider="openai", model="gpt-4o-mini")
    assert out.text == "rewritten"
    assert out.input_tokens == 11
    assert fake_clients["openai"].chat.completions.calls[0]["messages"][1]["content"] == "hi"


def test_router_anthropic(router):
    out = router.complete("hi", provider="anthropic", model="claude-3-5-haiku-latest")
    assert out.text == "claude says"
    assert (out.input_tokens, out.output_tokens) == (20, 5)


def test_router_google(router):
    out = router.complete("hi", provider="google", model="gemini-2.0-flash")
    assert out.text == "gemini says"


def test_service_tracks_usage(router, monkeypatch):
    tracker = LLMUsageTracker()
    monkeypatch.setattr("quill.tracking.multi_model_service.llm_tracker", tracker)
    service = MultiModelService(router)
    text = asyncio.run(
        service.generate_response("hello", task_type="test", complexity=TaskComplexity.SIMPLE)
    )
    assert text == "fast"
    assert tracker.logs[0].feature_context == "test"
    assert tracker.logs[0].input_tokens == 11


def test_fake_direct_call():
    from fakes import FakeOpenAI

    client = FakeOpenAI("x")
    resp = client.chat.completions.create(model="gpt-4o", messages=[])
    assert resp.choices[0].message.content == "x"
