"""End-to-end plugin tests with errbot's testbot and patched clients."""
import os
from unittest import mock

import pytest

from fakes import FakeMistral, FakeOpenAI

extra_plugin_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "plugins")


@pytest.fixture
def fake_mistral():
    fake = FakeMistral(reply="Bonjour")
    with mock.patch("backends.get_mistral_client", return_value=fake):
        yield fake


def test_translate_command(testbot, fake_mistral):
    testbot.push_message("!translate to French hello")
    assert "Bonjour" in testbot.pop_message()
    assert fake_mistral.calls[0]["temperature"] == 0.0


def test_translate_unknown_backend(testbot):
    testbot.push_message("!translate to de hallo --backend nope")
    assert "Unknown backend" in testbot.pop_message()


def test_llm_cost_table(testbot):
    testbot.push_message("!llm cost")
    assert "gpt-4o-mini" in testbot.pop_message()


def test_registry_dispatch_openai():
    from lib import registry

    fake = FakeOpenAI(reply="pong")
    with mock.patch("lib.clients.get_openai_client", return_value=fake):
        result = registry.chat("openai", [{"role": "user", "content": "ping"}], max_tokens=1)
    assert result.text == "pong"
    assert result.input_tokens == 10


def test_registry_unknown_provider():
    from lib import registry

    with pytest.raises(ValueError):
        registry.chat("nope", [])


def test_multi_model_service_tracks_usage():
    from lib import multi_model_service as mms
    from lib.aio import run_sync

    fake_resp = mock.Mock()
    fake_resp.usage.prompt_tokens = 7
    fake_resp.usage.completion_tokens = 3
    fake_resp.choices = [mock.Mock(message=mock.Mock(content="hi"))]
    with mock.patch.object(mms.litellm, "acompletion", mock.AsyncMock(return_value=fake_resp)):
        out = run_sync(mms.multi_model_service.generate_response(prompt="hello", task_type="test"))
    assert out.text == "hi"
    assert (out.input_tokens, out.output_tokens) == (7, 3)
