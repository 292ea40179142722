from unittest.mock import MagicMock

from minutes_mate.services.costs import count_claude_tokens, estimate_cost, transcription_cost


def test_estimate_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_local_model_is_free():
    assert estimate_cost("llama3.1:8b", 5000, 5000) == 0.0


def test_transcription_cost():
    assert transcription_cost(600) == 0.06


def test_count_claude_tokens_uses_count_endpoint():
    client = MagicMock()
    client.messages.count_tokens.return_value.input_tokens = 42
    assert count_claude_tokens(client, "hello") == 42
    client.messages.create.assert_not_called()
