from unittest import mock

from saleor_ai_content.services.descriptions import DescriptionGenerator, to_editorjs


def test_generate_openai_uses_injected_client(fake_openai, product):
    generator = DescriptionGenerator(openai_client=fake_openai, provider="openai")
    result = generator.generate(product, use_cache=False)
    assert result.text == "Generated description."
    assert result.input_tokens == 10
    call = fake_openai.chat.completions.calls[0]
    assert call["messages"][0]["role"] == "system"


def test_generate_anthropic(fake_anthropic, product):
    generator = DescriptionGenerator(anthropic_client=fake_anthropic, provider="anthropic")
    result = generator.generate(product, use_cache=False)
    assert result.provider == "anthropic"
    assert fake_anthropic.messages.calls[0]["system"]


def test_registry_openai_completer_with_mock(product):
    with mock.patch("saleor_ai_content.llm.registry.get_openai_client") as get_client:
        client = get_client.return_value
        client.chat.completions.create.return_value.choices = [
            mock.Mock(message=mock.Mock(content=" hi "))
        ]
        from saleor_ai_content.llm.registry import get_completer

        assert get_completer("openai")([{"role": "user", "content": "x"}]) == "hi"
        client.chat.completions.create.assert_called_once()


def test_to_editorjs_splits_paragraphs():
    data = to_editorjs("one\n\ntwo")
    assert [b["data"]["text"] for b in data["blocks"]] == ["one", "two"]
