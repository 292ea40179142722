from types import SimpleNamespace
from unittest import mock

import pytest

from helpdesk.clients import llm


def _chat_response(text, prompt_tokens=10, completion_tokens=5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
        model="fake-model",
    )


class FakeCompletions:
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_response(self.text)


class FakeOpenAIClient:
    """Quacks like OpenAI()/Groq() for the bits we use."""

    def __init__(self, text="ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(text))
        self.embeddings = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2], index=0)])
        )


@pytest.fixture
def fake_groq():
    fake = FakeOpenAIClient(
        text='{"category": "billing", "priority": "high", "sentiment": "negative", "language": "nl"}'
    )
    with mock.patch.object(type(llm), "groq", new_callable=mock.PropertyMock, return_value=fake):
        yield fake


@pytest.fixture
def chat_response():
    return _chat_response
