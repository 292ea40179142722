from unittest import mock

import pytest

from enrichment.llm import factory


def test_unknown_provider_raises():
    with pytest.raises(ValueError):
        factory.build_client("watsonx")


def test_together_uses_base_url():
    cfg = mock.Mock(together_api_key="k", together_base_url="https://api.together.xyz/v1",
                    request_timeout=5.0, max_retries=0)
    with mock.patch.object(factory, "OpenAI") as openai_cls:
        factory.build_client("together", cfg)
    openai_cls.assert_called_once()
    assert openai_cls.call_args.kwargs["base_url"] == "https://api.together.xyz/v1"


def test_mocked_messages_create():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(text="ok")]
    with mock.patch.object(factory, "_anthropic", return_value=client):
        built = factory.build_client("anthropic", mock.Mock())
        reply = built.messages.create(model="claude", max_tokens=5, messages=[])
    assert reply.content[0].text == "ok"
