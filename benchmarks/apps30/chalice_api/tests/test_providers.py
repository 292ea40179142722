from decimal import Decimal
from unittest import mock

from chalicelib.cost import calculate_cost, estimate_tokens
from chalicelib.providers.bedrock import BedrockProvider
from chalicelib.providers.openai_provider import OpenAIProvider
from chalicelib.services.summarizer import summarize_document, summary_length_ok


def test_bedrock_complete_maps_usage(fake_bedrock):
    provider = BedrockProvider(client=fake_bedrock, default_model="test-model")
    result = provider.complete([{"role": "user", "content": "hello"}], system="be brief")
    assert result.text == "fake reply"
    assert result.input_tokens == 11
    name, kwargs = fake_bedrock.calls[0]
    assert name == "converse"
    assert kwargs["system"] == [{"text": "be brief"}]


def test_bedrock_stream_joins_chunks(fake_bedrock):
    provider = BedrockProvider(client=fake_bedrock, default_model="test-model")
    assert "".join(provider.stream([{"role": "user", "content": "x"}])).strip() == "fake reply"


def test_openai_provider_uses_injected_client(fake_openai):
    provider = OpenAIProvider(client=fake_openai)
    result = provider.complete([{"role": "user", "content": "hi"}], model="gpt-test")
    assert result.text == "hi"
    assert fake_openai.calls[0]["model"] == "gpt-test"


def test_fake_client_direct(fake_openai):
    resp = fake_openai.chat.completions.create(model="m", messages=[])
    assert resp.choices[0].message.content == "hi"


def test_openai_with_magicmock():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices[0].message.content = "mocked"
    client.chat.completions.create.return_value.usage.prompt_tokens = 1
    client.chat.completions.create.return_value.usage.completion_tokens = 1
    provider = OpenAIProvider(client=client)
    assert provider.complete([{"role": "user", "content": "x"}]).text == "mocked"
    client.chat.completions.create.assert_called_once()




def test_summarize_document_uses_passed_client(fake_anthropic):
    out = summarize_document("some long text " * 20, client=fake_anthropic, model="claude-test")
    assert out["bullets"] == ["point one", "point two"]
    assert fake_anthropic.calls[0]["model"] == "claude-test"
    assert summary_length_ok(out)


def test_fake_messages_create(fake_anthropic):
    msg = fake_anthropic.messages.create(model="m", max_tokens=5, messages=[])
    assert msg.usage.output_tokens == 20




def test_known_model_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == Decimal("0.15")


def test_azure_deployment_suffix_is_stripped():
    assert calculate_cost("gpt-4o-prod", 0, 1_000_000) == Decimal("10.00")


def test_unknown_model_is_free():
    assert calculate_cost("mystery", 10, 10) == 0


def test_estimate_tokens():
    assert estimate_tokens("abcd" * 10) == 10
