from unittest import mock

from app.services.chat_service import ChatService
from tests.fakes import FakeAnthropic, FakeClients, FakeOpenAI

CFG = {
    "OPENAI_CHAT_MODEL": "gpt-4o-mini",
    "AZURE_CHAT_DEPLOYMENT": "dep",
    "ANTHROPIC_MODEL": "claude-test",
    "BEDROCK_MODEL_ID": "anthropic.claude-3-haiku-20240307-v1:0",
}


def test_openai_adds_system_prompt():
    clients = FakeClients(openai=FakeOpenAI(reply="hello"))
    svc = ChatService(clients, CFG)
    out = svc.complete([{"role": "user", "content": "hi"}])
    sent = clients.openai.chat.completions.calls[0]["messages"]
    assert sent[0]["role"] == "system"
    assert out["content"] == "hello"


def test_anthropic_path():
    clients = FakeClients(anthropic=FakeAnthropic(reply="bonjour"))
    out = ChatService(clients, CFG).complete([{"role": "user", "content": "hi"}], provider="anthropic")
    assert out["content"] == "bonjour"
    assert clients.anthropic.messages.calls[0]["max_tokens"] == 2048


def test_bedrock_path_uses_converse():
    runtime = mock.MagicMock()
    runtime.converse.return_value = {
        "output": {"message": {"content": [{"text": "ok"}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 3, "outputTokens": 1},
    }
    svc = ChatService(FakeClients(bedrock=runtime), CFG)
    out = svc.complete([{"role": "user", "content": "hi"}], provider="bedrock")
    assert out["content"] == "ok"
    runtime.converse.assert_called_once()


def test_direct_fake_call():
    fake = FakeOpenAI(reply="x")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "x"


def test_chat_endpoint(client, auth):
    r = client.post("/api/v1/chat", json={"messages": [{"role": "user", "content": "hi"}]}, headers=auth)
    assert r.status_code == 200
    assert r.json()["content"] == "fake reply"


def test_fallback_skips_unconfigured_azure():
    from app.services.fallback import build_registry, complete_with_fallback

    clients = FakeClients(openai=FakeOpenAI(reply="from openai"))
    name, text = complete_with_fallback(build_registry(clients), [{"role": "user", "content": "x"}])
    assert name == "openai"
    assert text == "from openai"


def test_fallback_all_fail():
    from app.services.fallback import complete_with_fallback

    def boom(messages, model):
        raise RuntimeError("down")

    registry = {"azure": boom, "openai": boom, "anthropic": boom}
    try:
        complete_with_fallback(registry, [])
    except RuntimeError as exc:
        assert "all providers failed" in str(exc)
    else:
        raise AssertionError("expected failure")


def test_tool_loop_returns_plain_answer():
    clients = FakeClients(openai=FakeOpenAI(reply="answer"))
    clients.openai.chat.completions.create = mock.Mock(return_value=mock.Mock(
        choices=[mock.Mock(message=mock.Mock(tool_calls=None, content="answer"))]
    ))
    out = ChatService(clients, CFG).answer_with_tools([{"role": "user", "content": "q"}], lambda c: "")
    assert out == "answer"


def test_stream_openai_yields_words():
    clients = FakeClients(openai=FakeOpenAI(reply="a b c"))
    parts = list(ChatService(clients, CFG).stream_openai([{"role": "user", "content": "q"}]))
    assert parts == ["a", "b", "c"]


def test_assistant_goes_through_tracked_service(client, auth, monkeypatch):
    seen = {}

    async def fake_generate(**kwargs):
        seen.update(kwargs)
        return "tracked"

    monkeypatch.setattr("app.api.chat.multi_model_service.generate_response", fake_generate)
    r = client.post("/api/v1/chat/assistant",
                    json={"messages": [{"role": "user", "content": "hello"}]}, headers=auth)
    assert r.status_code == 200
    assert seen["task_type"] == "chat"
