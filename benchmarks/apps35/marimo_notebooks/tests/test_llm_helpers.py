from types import SimpleNamespace
from unittest.mock import MagicMock

from nbutils.llm import claude_text, gemini_text, mistral_text, openai_chat, strip_fences


def test_openai_chat_passes_model(fake_openai):
    assert openai_chat(fake_openai, [{"role": "user", "content": "x"}], model="m") == "A"
    assert fake_openai.chat.completions.calls[0]["model"] == "m"


def test_claude_text_joins_text_blocks(fake_anthropic):
    assert claude_text(fake_anthropic, "hi").startswith("faithfulness")


def test_gemini_text():
    client = MagicMock()
    client.models.generate_content.return_value = SimpleNamespace(text="ok")
    assert gemini_text(client, "p") == "ok"


def test_mistral_text():
    client = MagicMock()
    client.chat.complete.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="bonjour"))]
    )
    assert mistral_text(client, "p") == "bonjour"


def test_strip_fences():
    assert strip_fences("```json\n{}\n```") == "{}"
