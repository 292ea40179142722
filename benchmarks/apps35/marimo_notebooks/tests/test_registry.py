from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from nbutils import registry


def test_generate_dispatches_to_registered_fn():
    @registry.register("echo")
    def _echo(prompt, temperature):
        return f"{prompt}@{temperature}"

    try:
        assert registry.generate("echo", "hi", 0.5) == "hi@0.5"
    finally:
        registry.MODELS.pop("echo")


@patch("nbutils.registry.clients")
def test_openai_entry_reads_first_choice(mock_clients):
    fake = MagicMock()
    fake.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="hello"))]
    )
    mock_clients.get_openai_client.return_value = fake
    assert registry.generate("gpt-4o-mini", "hi") == "hello"
    fake.chat.completions.create.assert_called_once()


@patch("nbutils.registry.clients")
def test_claude_entry(mock_clients):
    mock_clients.get_anthropic_client.return_value.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(text="claude says hi")]
    )
    assert registry.generate("claude-sonnet", "hi") == "claude says hi"
