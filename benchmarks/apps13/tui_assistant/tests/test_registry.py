from unittest import mock

import pytest

from quill.exceptions import ModelNotFound
from quill.models.registry import get_model_settings, guess_provider, resolve_alias


def test_alias_resolution():
    assert resolve_alias("sonnet") == "claude-sonnet-4-5"
    assert resolve_alias("not-an-alias") == "not-an-alias"


@pytest.mark.parametrize(
    "name,provider",
    [
        ("claude-3-7-sonnet-latest", "anthropic"),
        ("gpt-4o", "openai"),
        ("deepseek-coder", "deepseek"),
        ("gemini-2.0-flash", "gemini"),
        ("ollama/llama3.1", "ollama"),
        ("openrouter/meta-llama/llama-3-70b", "litellm"),
    ],
)
def test_guess_provider(name, provider):
    assert guess_provider(name) == provider


def test_strict_lookup_suggests():
    with pytest.raises(ModelNotFound) as exc:
        get_model_settings("claude-sonet-4-5", strict=True)
    assert "claude-sonnet-4-5" in exc.value.suggestions


def test_ollama_prefix_stripped():
    assert get_model_settings("ollama/llama3.1").name == "llama3.1"


def test_commit_message_uses_groq_when_configured(tmp_path):
    from quill.repo import GitRepo

    fake = mock.MagicMock()
    fake.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content="fix: handle empty diff"))
    ]
    repo = GitRepo.__new__(GitRepo)
    repo.io = mock.Mock()
    repo.models = []
    repo.commit_prompt = None
    with mock.patch("quill.repo.clients.get_client", return_value=fake), \
            mock.patch("quill.repo.get_settings") as gs:
        gs.return_value.groq_api_key = "gsk_test"
        assert repo.get_commit_message("diff --git a b", "") == "fix: handle empty diff"
