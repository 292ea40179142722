from unittest import mock

from octoprint_aiassist.llm.backends import AnthropicBackend, OllamaBackend, OpenAIBackend, OpenRouterBackend


def test_openai_complete_uses_responses(fake_openai):
    backend = OpenAIBackend(fake_openai, "gpt-4o-mini")
    result = backend.complete("why?")
    assert result.text == "Bed adhesion failure"
    assert result.input_tokens == 3


def test_openrouter_uses_chat(fake_openai):
    backend = OpenRouterBackend(fake_openai, "meta-llama/llama-3.3-70b-instruct")
    backend.complete("why?")
    call = fake_openai.chat.completions.calls[0]
    assert call["extra_body"] == {"transforms": ["middle-out"]}


def test_anthropic_complete(fake_anthropic):
    result = AnthropicBackend(fake_anthropic, "claude-3-5-haiku-latest").complete("why?")
    assert result.text == "Clogged nozzle"
    assert fake_anthropic.messages.calls[0]["max_tokens"] == 700


def test_ollama_vision(fake_ollama):
    result = OllamaBackend(fake_ollama, "llama3.1", vision_model="llava").describe_image(b"jpeg", "look")
    assert "spaghetti" in result.text
    assert fake_ollama.calls[0][1] == "llava"


def test_mocked_client_direct():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="hi"))]
    out = client.chat.completions.create(model="x", messages=[])
    assert out.choices[0].message.content == "hi"
