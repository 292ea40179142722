from unittest import mock

from analysis import explain
from tests.fakes import FakeOpenAI


def test_explain_chart_openai_uses_passed_client(frame):
    client = FakeOpenAI(reply="p95 spiked at 14:10")
    result = explain.explain_chart_openai(client, "checkout · latency_p95", "latency_p95", frame)
    assert result.text == "p95 spiked at 14:10"
    assert result.input_tokens == 11
    assert client.calls[0]["temperature"] == 0.2


def test_chart_explainer_holds_client(frame):
    client = FakeOpenAI(reply="ok")
    explainer = explain.ChartExplainer(client=client, model="gpt-test")
    assert explainer.explain("t", "latency_p95", frame) == "ok"
    assert client.calls[0]["model"] == "gpt-test"


def test_stream_explanation_accumulates(frame, monkeypatch):
    fake = FakeOpenAI(reply="a b c")
    monkeypatch.setattr(explain, "get_openai_client", lambda: fake)
    seen = []
    out = explain.stream_explanation("t", "latency_p95", frame, seen.append)
    assert out == "abc"
    assert seen[-1] == "abc"


def test_fireworks_path_with_magicmock(frame):
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="fw"))]
    with mock.patch.object(explain, "get_fireworks_client", return_value=fake):
        result = explain.explain_chart_fireworks("t", "latency_p95", frame)
    assert result.text == "fw"
    fake.chat.completions.create.assert_called_once()


def test_direct_fake_call_shape():
    client = FakeOpenAI(reply="x")
    resp = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == "x"
