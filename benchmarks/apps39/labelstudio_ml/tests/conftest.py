import os
import sys
from types import SimpleNamespace

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("OPENAI_API_KEY", "test")
os.environ.setdefault("ANTHROPIC_API_KEY", "test")
os.environ.setdefault("LLM_USAGE_LOG", "/tmp/test_llm_usage.jsonl")


class FakeChatCompletions:
    def __init__(self, content: str):
        self.content = content
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.content, parsed=None)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAI:
    def __init__(self, content: str = '{"entities": []}'):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(content))
        self.embeddings = SimpleNamespace(
            create=lambda model, input: SimpleNamespace(data=[SimpleNamespace(embedding=[1.0, 0.0]) for _ in input])
        )
        self.moderations = SimpleNamespace(create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)]))


class FakeMessages:
    def __init__(self, text: str):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(text=self.text, type="text")],
            usage=SimpleNamespace(input_tokens=12, output_tokens=1),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, text: str = "Positive"):
        self.messages = FakeMessages(text)


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()
