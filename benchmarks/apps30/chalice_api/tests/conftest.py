import os

import pytest

os.environ.setdefault("CHALICE_STAGE", "test")
os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("COHERE_API_KEY", "co-test")
os.environ.setdefault("TOGETHER_API_KEY", "tg-test")
os.environ.setdefault("PERPLEXITY_API_KEY", "pplx-test")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_bedrock():
    return FakeBedrockRuntime()


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()
