import types
from unittest import mock

import pytest
from pyramid import testing

from lexreview.llm.interfaces import IAnthropicClient, IOpenAIClient, IWatsonxModel


def _ns(**kw):
    return types.SimpleNamespace(**kw)


class FakeChatCompletions:
    def __init__(self, reply="contract"):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = _ns(content=self.reply)
        return _ns(
            choices=[_ns(message=message, delta=message)],
            usage=_ns(prompt_tokens=11, completion_tokens=3),
        )


class FakeOpenAI:
    """Shape-compatible stand-in for openai.OpenAI (only what the code touches)."""

    def __init__(self, reply="contract"):
        self.chat = _ns(completions=FakeChatCompletions(reply))
        self.moderations = _ns(create=mock.Mock(return_value=_ns(results=[_ns(flagged=False)])))
        self.models = _ns(list=mock.Mock(return_value=[_ns(id="gpt-4o-mini")]))
        self.responses = _ns(create=mock.Mock(return_value=_ns(output_text="Email between counsel.")))


class FakeMessages:
    def __init__(self, text='{"governing_law": {"text": "New York", "page": 12, "risk": 1}}'):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _ns(
            content=[_ns(type="text", text=self.text)],
            usage=_ns(input_tokens=100, output_tokens=20),
            stop_reason="end_turn",
        )

    def count_tokens(self, **kwargs):
        return _ns(input_tokens=1234)


class FakeAnthropic:
    def __init__(self, text=None):
        self.messages = FakeMessages(text) if text else FakeMessages()


class FakeGranite:
    model_id = "ibm/granite-3-8b-instruct"

    def chat(self, messages, params=None):
        return {"choices": [{"message": {"content": "granite says hi"}}], "usage": {"total_tokens": 9}}

    def generate_text(self, prompt=None, params=None):
        return '[{"text": "123-45-6789", "category": "SSN"}]'

    def tokenize(self, prompt):
        return {"result": {"token_count": len(prompt.split())}}

    def get_details(self):
        return {"model_id": self.model_id}


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def config(fake_openai, fake_anthropic):
    settings = {"openai.model": "gpt-4o-mini", "deepseek.model": "deepseek-chat"}
    with testing.testConfig(settings=settings) as config:
        config.registry.registerUtility(fake_openai, IOpenAIClient)
        config.registry.registerUtility(fake_anthropic, IAnthropicClient)
        config.registry.registerUtility(FakeGranite(), IWatsonxModel, name="chat")
        config.registry.registerUtility(FakeGranite(), IWatsonxModel, name="redaction")
        config.registry["deepseek_client"] = FakeOpenAI(reply="A short summary.")
        config.registry["deepseek_model"] = "deepseek-chat"
        config.include("lexreview.llm.request_methods")
        yield config


@pytest.fixture
def dummy_request(config):
    request = testing.DummyRequest()
    request.registry = config.registry
    request.dbsession = mock.MagicMock()
    return request
