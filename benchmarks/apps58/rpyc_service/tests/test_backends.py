from gateway.backends.base import CompletionResult
from gateway.costs import completion_cost, estimate_cost, monthly_projection
from unittest.mock import MagicMock

from gateway.backends.base import split_system
from gateway.backends.cohere_backend import CohereBackend
from gateway.config import BackendConfig
from tests.fakes import FakeOpenAI


def test_openai_complete_uses_injected_client(registry, fake_openai):
    result = registry.get("openai").complete([{"role": "user", "content": "hi"}])
    assert result.text == "hello from fake"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


def test_fake_client_directly():
    fake = FakeOpenAI("x")
    resp = fake.chat.completions.create(model="gpt-4o", messages=[])
    assert resp.choices[0].message.content == "x"


def test_anthropic_system_split(registry, fake_anthropic):
    registry.get("anthropic").complete([
        {"role": "system", "content": "be terse"},
        {"role": "user", "content": "hi"},
    ])
    call = fake_anthropic.messages.calls[0]
    assert call["system"] == "be terse"
    assert call["messages"] == [{"role": "user", "content": "hi"}]


def test_bedrock_converse(registry):
    result = registry.get("bedrock").complete([{"role": "user", "content": "hi"}])
    assert result.text == "bedrock ok"
    assert result.input_tokens == 4


def test_cohere_chat_with_mock():
    co = MagicMock()
    co.chat.return_value.message.content = [MagicMock(type="text", text="cohere ok")]
    co.chat.return_value.usage.billed_units.input_tokens = 1
    co.chat.return_value.usage.billed_units.output_tokens = 1
    backend = CohereBackend(BackendConfig(name="cohere", model="command-r"), client=co)
    assert backend.complete([{"role": "user", "content": "hi"}]).text == "cohere ok"
    co.chat.assert_called_once()


def test_split_system_merges():
    system, rest = split_system([
        {"role": "system", "content": "a"},
        {"role": "system", "content": "b"},
        {"role": "user", "content": "c"},
    ])
    assert system == "a\n\nb"
    assert rest == [{"role": "user", "content": "c"}]


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_completion_cost():
    r = CompletionResult(text="", model="claude-3-5-sonnet-20241022", backend="anthropic",
                         input_tokens=1000, output_tokens=1000)
    assert completion_cost(r) == 0.018


def test_projection_empty():
    assert monthly_projection([]) == 0.0