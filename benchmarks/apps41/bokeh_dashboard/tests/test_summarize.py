from analysis import summarize
from analysis.bedrock_backend import BedrockNarrator
from tests.fakes import FakeAnthropic, FakeBedrockRuntime


def test_summarize_with_claude_prefers_shared_client(fake_clients, frame, monkeypatch):
    monkeypatch.setattr(summarize, "CLIENTS", fake_clients)
    out = summarize.summarize_with_claude("checkout", frame)
    assert out == "- all good"
    assert fake_clients.anthropic.calls[0]["max_tokens"] == 400


def test_column_glossary_parses_lines(fake_clients, monkeypatch):
    monkeypatch.setattr(summarize, "CLIENTS", fake_clients)
    out = summarize.column_glossary(["latency_p95"])
    assert out == {"latency_p95": "tail latency"}


def test_bedrock_narrator_records_usage():
    runtime = FakeBedrockRuntime(reply="quiet night")
    narrator = BedrockNarrator(runtime, model_id="test-model")
    assert narrator.narrate("hello") == "quiet night"
    assert narrator.last_usage["outputTokens"] == 3
    assert runtime.requests[0]["modelId"] == "test-model"


def test_fake_anthropic_direct():
    fake = FakeAnthropic(reply="hi")
    msg = fake.messages.create(model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "x"}])
    assert msg.content[0].text == "hi"
