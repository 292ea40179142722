import pytest

from gateway.backends.anthropic_backend import AnthropicBackend
from gateway.backends.bedrock_backend import BedrockBackend
from gateway.backends.openai_backend import OpenAIBackend
from gateway.backends.registry import BackendRegistry
from gateway.config import BackendConfig, DefaultsConfig
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeOpenAI


@pytest.fixture
def fake_openai():
    return FakeOpenAI("hello from fake")


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def registry(fake_openai, fake_anthropic):
    return BackendRegistry(
        {
            "openai": OpenAIBackend(BackendConfig(name="openai", model="gpt-4o-mini"), client=fake_openai),
            "anthropic": AnthropicBackend(BackendConfig(name="anthropic", model="claude-3-5-haiku-20241022"),
                                          client=fake_anthropic),
            "bedrock": BedrockBackend(BackendConfig(name="bedrock", model="anthropic.claude-3-haiku-20240307-v1:0"),
                                      runtime=FakeBedrockRuntime()),
        },
        defaults=DefaultsConfig(),
    )
