from unittest.mock import MagicMock

import pytest

from app.enrich.router import AnthropicBackend, BedrockBackend, ModelRouter, OpenAIBackend
from tests.fakes import FakeAnthropic, FakeBedrock, FakeOpenAI


def test_router_falls_back_on_failure():
    router = ModelRouter()
    router.register("a", lambda: AnthropicBackend(model="m", client=FakeAnthropic(fail=True)))
    router.register("b", lambda: BedrockBackend(model="m2", client=FakeBedrock('{"x": 1}')))
    router.set_chain("t", ["a", "b"])
    assert router.complete_json("t", "sys", "user") == {"x": 1}


def test_router_raises_when_all_fail():
    router = ModelRouter()
    router.register("a", lambda: AnthropicBackend(model="m", client=FakeAnthropic(fail=True)))
    router.set_chain("t", ["a"])
    with pytest.raises(RuntimeError):
        router.complete("t", "s", "u")


def test_openai_backend_with_magicmock():
    client = MagicMock()
    client.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="hi"))]
    backend = OpenAIBackend(model="gpt-4o-mini", client=client)
    assert backend.complete("s", "u") == "hi"
    client.chat.completions.create.assert_called_once()


def test_openai_backend_with_fake():
    backend = OpenAIBackend(model="gpt", client=FakeOpenAI("yo"))
    assert backend.complete("s", "u") == "yo"
