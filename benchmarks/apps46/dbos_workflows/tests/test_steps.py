"""Step functions are plain callables outside a workflow, so we can unit test them with fakes."""
from unittest import mock

from app.llm.bedrock import BedrockChat
from app.steps import classify, review
from app.steps.extract import chunk_text
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeCohere, FakeOpenAI


def test_chunk_text_overlaps():
    text = "\n\n".join(f"para {i} " + "x" * 500 for i in range(10))
    out = chunk_text(text, size=1200, overlap=100)
    assert [c["ordinal"] for c in out] == list(range(len(out)))
    assert len(out) > 3


def test_classify_parses_json(monkeypatch):
    fake = FakeOpenAI('{"doc_type": "invoice", "confidence": 0.8, "language": "de"}')
    route = classify.route_for("classify")
    monkeypatch.setattr(classify, "route_for", lambda task: route.__class__(route.provider, route.model, lambda: fake, 200))
    result = classify.classify_document("Rechnung Nr. 42")
    assert result["doc_type"] == "invoice"
    assert fake.calls[0]["response_format"] == {"type": "json_object"}


def test_fake_openai_records_calls():
    fake = FakeOpenAI("hello")
    out = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert out.choices[0].message.content == "hello"
    assert len(fake.calls) == 1


def test_bedrock_chat_wrapper():
    runtime = FakeBedrockRuntime("ok")
    reply = BedrockChat("anthropic.claude-3-5-sonnet-20240620-v1:0", client=runtime).chat(
        [{"role": "user", "content": [{"text": "hi"}]}]
    )
    assert reply.text == "ok"
    assert reply.input_tokens == 100


def test_select_relevant_clauses_uses_rerank(monkeypatch):
    co = FakeCohere()
    monkeypatch.setattr(review, "get_cohere_client", lambda: co)
    clauses = [{"text": f"clause {i}"} for i in range(20)]
    picked = review.select_relevant_clauses("liability", clauses, top_n=5)
    assert len(picked) == 5
    assert co.calls[0]["top_n"] == 5


def test_summarize_with_mock_client():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(text=" short ")]
    with mock.patch("app.steps.summarize.get_anthropic_client", return_value=client):
        from app.steps.summarize import summarize_document

        assert summarize_document("abc", "contract") == "short"
    client.messages.create.assert_called_once()


def test_fake_anthropic_direct():
    fa = FakeAnthropic("x")
    assert fa.messages.create(model="m", max_tokens=1, messages=[]).content[0].text == "x"


def test_second_opinion_only_for_high(monkeypatch):
    runtime = FakeBedrockRuntime("CONFIRM: clause 7.2 is uncapped")
    monkeypatch.setattr(review, "get_bedrock_runtime", lambda: runtime)
    findings = [{"severity": "low"}, {"severity": "high", "clause": "7.2"}]
    out = review.second_opinion(findings, [{"text": "7.2 Liability is unlimited."}])
    assert "second_opinion" in out[1]
    assert runtime.calls[0][0] == "converse"


def test_second_opinion_skips_without_high(monkeypatch):
    runtime = FakeBedrockRuntime()
    monkeypatch.setattr(review, "get_bedrock_runtime", lambda: runtime)
    assert review.second_opinion([{"severity": "low"}], []) == [{"severity": "low"}]
    assert runtime.calls == []


def test_parse_findings_tolerates_prose():
    text = 'Here you go:\n[{"clause": "3", "severity": "medium"}]\nThanks'
    assert review._parse_findings(text) == [{"clause": "3", "severity": "medium"}]
    assert review._parse_findings("no json") == []


def test_translate_uses_registry_client(monkeypatch):
    from app.llm import registry
    from app.steps import translate

    co = FakeCohere()
    monkeypatch.setitem(
        registry.ROUTES, "translate", registry.ModelRoute("cohere", "command-r", lambda: co, 100)
    )
    assert translate.translate_to_english("Hallo", "de") == "translated"
    assert co.calls[0]["model"] == "command-r"


def test_redact_regex_only():
    from app.steps.redact import regex_redact

    assert regex_redact("mail me at a.b@example.com or +44 20 7946 0958") == "mail me at [REDACTED] or [REDACTED]"


def test_estimate_cost():
    from app.llm.tokens import estimate_cost

    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost("unknown-model", 10, 10) == 0.0


def test_moderation_step_with_fake(monkeypatch):
    from app.steps import moderate

    fake = FakeOpenAI()
    monkeypatch.setattr(moderate, "get_openai_client", lambda: fake)
    result = moderate.moderate_text("hello world")
    assert result["flagged"] is False
    assert fake.calls[0]["model"] == "omni-moderation-latest"


def test_digest_uses_route(monkeypatch):
    from app.llm import registry
    from app.steps import notify

    fa = FakeAnthropic("digest text")
    monkeypatch.setitem(
        registry.ROUTES, "digest", registry.ModelRoute("anthropic", "claude-3-5-haiku-20241022", lambda: fa, 100)
    )
    out = notify.write_digest([{"filename": "a.pdf", "risk_score": 0.5, "summary": "s"}])
    assert out == "digest text"
    assert fa.calls[0]["max_tokens"] == 100
