from unittest import mock

import pytest

from src.config import Settings
from src.providers import BACKENDS, complete
from tests.fakes import FakeOpenAI, FakePool


def test_openai_backend_uses_settings_model(pool, fake_openai):
    result = complete(pool, [{"role": "user", "content": "hi"}])
    assert result.text == "hello there"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


def test_anthropic_backend_splits_system(pool):
    pool.settings = Settings(provider="anthropic", keys={"anthropic": "x"})
    result = complete(pool, [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hi"},
    ])
    sent = pool.anthropic.messages.calls[0]
    assert sent["system"] == "be brief"
    assert all(m["role"] != "system" for m in sent["messages"])
    assert result.text == "bonjour"


def test_mistral_backend(pool):
    pool.settings = Settings(provider="mistral", keys={"mistral": "x"})
    assert complete(pool, [{"role": "user", "content": "hi"}]).text == "hallo"


def test_unknown_provider(pool):
    with pytest.raises(ValueError):
        complete(pool, [], provider="nope")


def test_fake_client_directly():
    client = FakeOpenAI("x")
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "x"


def test_perplexity_backend_with_magicmock():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices[0].message.content = "cited"
    client.chat.completions.create.return_value.citations = ["https://example.org"]
    pool = FakePool(Settings(provider="perplexity"), perplexity=client)
    result = BACKENDS["perplexity"](pool, [{"role": "user", "content": "q"}], "sonar", 10, 0)
    assert result.citations == ["https://example.org"]
    client.chat.completions.create.assert_called_once()
