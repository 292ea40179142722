from unittest import mock

import pytest

from tests.fakes import FakeAnthropic, FakeOpenAI

from server_code.llm import registry


def test_unknown_provider():
    with pytest.raises(ValueError):
        registry.chat("nope", [])


def test_anthropic_splits_system():
    fake = FakeAnthropic("done")
    with mock.patch.object(registry.clients, "get_anthropic_client", return_value=fake):
        out = registry.chat(
            "anthropic",
            [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi"}],
        )
    assert out == "done"
    assert fake.messages.calls[0]["system"] == "be nice"
    assert all(m["role"] != "system" for m in fake.messages.calls[0]["messages"])


def test_litellm_path_is_mocked():
    with mock.patch.object(registry.litellm, "completion") as completion:
        completion.return_value = FakeOpenAI("x").chat.completions.create()
        assert registry.chat("litellm", [{"role": "user", "content": "hi"}]) == "x"
    completion.assert_called_once()
