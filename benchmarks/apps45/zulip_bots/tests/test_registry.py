import pytest

from botlib.config import LLMSettings
from botlib.registry import available, complete
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeOpenAI


class StubBundle:
    def __init__(self):
        self.settings = LLMSettings()
        self.openai = FakeOpenAI("from openai")
        self.anthropic = FakeAnthropic("from claude")
        self.bedrock = FakeBedrockRuntime("from bedrock")


def test_available_lists_all_providers():
    assert available() == ["anthropic", "bedrock", "cohere", "openai"]


@pytest.mark.parametrize("provider,expected", [
    ("openai", "from openai"),
    ("anthropic", "from claude"),
    ("bedrock", "from bedrock"),
])
def test_complete_routes_to_provider(provider, expected):
    assert complete(provider, StubBundle(), "sys", "hi") == expected


def test_unknown_provider():
    with pytest.raises(ValueError):
        complete("palm", StubBundle(), "sys", "hi")


def test_fake_records_kwargs():
    fake = FakeOpenAI()
    fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert fake.chat.completions.calls[0]["model"] == "gpt-4o-mini"
