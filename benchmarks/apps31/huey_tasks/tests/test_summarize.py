from unittest import mock

from newsletter.models import Article
from newsletter.tasks import summarize


def test_summarize_article_uses_registry_backend(db, fake_backend):
    result = summarize.summarize_article(1)
    assert result() == 1
    assert Article.get(1).summary == "A short summary."
    assert "Body text" in fake_backend.calls[0]["prompt"]


def test_summarize_long_article_merges_chunks(db, monkeypatch):
    fake_msg = mock.Mock()
    fake_msg.content = [mock.Mock(text="partial")]
    fake_msg.usage.input_tokens = 10
    fake_msg.usage.output_tokens = 3
    client = mock.Mock()
    client.messages.create.return_value = fake_msg
    monkeypatch.setattr(summarize, "get_anthropic_client", lambda: client)

    summarize.summarize_long_article(1)

    assert client.messages.create.call_count == 1
    assert Article.get(1).summary == "partial"


def test_mock_client_direct_call_shape():
    client = mock.MagicMock()
    client.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[])
    client.messages.create.assert_called_once()
