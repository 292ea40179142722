from types import SimpleNamespace
from unittest.mock import MagicMock

from aiops_operator.providers import BedrockAdapter, CompletionRequest, LiteLLMAdapter, VertexGeminiAdapter


def test_bedrock_adapter_maps_request(fake_bedrock):
    adapter = BedrockAdapter(fake_bedrock)
    req = CompletionRequest.from_prompt("anthropic.claude-3-haiku", "hi", system="be brief", max_tokens=10)
    out = adapter.complete(req)
    assert out.text == "ok"
    assert out.input_tokens == 7
    sent = fake_bedrock.calls[0]
    assert sent["system"] == [{"text": "be brief"}]
    assert sent["inferenceConfig"]["maxTokens"] == 10
    assert "guardrailConfig" not in sent


def test_bedrock_guardrail(fake_bedrock):
    adapter = BedrockAdapter(fake_bedrock, guardrail_id="gr-1")
    assert adapter.check_input("hello")[0] is True
    allowed, reason = adapter.check_input("something forbidden")
    assert not allowed and "denied" in reason


def test_gemini_fake_client_shape(fake_genai):
    client = fake_genai
    resp = client.models.generate_content(model="gemini-2.0-flash-001", contents="ping")
    assert resp.text == "pong"
    adapter = VertexGeminiAdapter(client)
    assert adapter.complete(CompletionRequest.from_prompt("gemini-2.0-flash-001", "ping")).text == "pong"


def test_litellm_adapter_uses_router():
    router = MagicMock()
    router.completion.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="hi"), finish_reason="stop")],
        usage=SimpleNamespace(prompt_tokens=2, completion_tokens=1),
    )
    out = LiteLLMAdapter(router).complete(CompletionRequest.from_prompt("gpt-4o-mini", "hello"))
    assert out.text == "hi"
    router.completion.assert_called_once()
    assert router.completion.call_args.kwargs["metadata"]["source"] == "aiops-operator"
