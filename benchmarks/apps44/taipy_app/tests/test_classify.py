import pandas as pd

from algos.classify import TicketClassifier, classify_tickets
from tests.fakes import FakeAnthropic, FakeBedrockRuntime


class RateLimitError(Exception):
    pass


def test_predict_uses_tool_use(fake_anthropic, fake_bedrock):
    clf = TicketClassifier(model="claude-test", client=fake_anthropic, bedrock=fake_bedrock)
    pred = clf.predict("Invoice wrong", "I was charged twice")
    assert pred.label == "billing"
    assert pred.source == "anthropic"
    assert fake_anthropic.messages.calls[0]["tool_choice"]["name"] == "record_label"
    assert fake_bedrock.calls == []


def test_falls_back_to_bedrock_on_rate_limit(fake_bedrock):
    anth = FakeAnthropic()

    def boom(**kwargs):
        raise RateLimitError("slow down")

    anth.messages.create = boom
    clf = TicketClassifier(model="claude-test", client=anth, bedrock=fake_bedrock)
    pred = clf.predict("App crashes", "Stack trace attached")
    assert pred.label == "bug"
    assert pred.source == "bedrock"


def test_bedrock_path_directly():
    runtime = FakeBedrockRuntime("outage")
    out = runtime.converse(modelId="x", messages=[])
    assert out["output"]["message"]["content"][0]["text"] == "outage"


def test_classify_tickets_task(monkeypatch):
    fake = FakeAnthropic(tool_input={"label": "account", "confidence": 0.7})
    monkeypatch.setattr("algos.classify.get_anthropic_client", lambda: fake)
    monkeypatch.setattr("algos.classify.get_bedrock_runtime", lambda: FakeBedrockRuntime())
    df = pd.DataFrame({"subject": ["a", "b"], "body": ["x", "y"]})
    out = classify_tickets(df)
    assert list(out["label"]) == ["account", "account"]
