from types import SimpleNamespace
from unittest import mock

import pytest
from mopidy.models import Album, Artist, Track

from mopidy_aidj.llm import factory


class FakeChatCompletions:
    def __init__(self, text="Lovely stuff."):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.text)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class FakeOpenAI:
    """Shape-compatible with openai.OpenAI / together.Together for our usage."""

    def __init__(self, text="Lovely stuff."):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(text))
        self.embeddings = SimpleNamespace(create=mock.Mock())


class FakeMessages:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, text="And now, something gentle."):
        self.messages = FakeMessages(text)


class FakeCohere:
    def __init__(self):
        self.rerank_calls = []

    def rerank(self, model, query, documents, top_n=None):
        self.rerank_calls.append((model, query, documents))
        order = list(reversed(range(len(documents))))[:top_n]
        return SimpleNamespace(results=[SimpleNamespace(index=i) for i in order])

    def chat(self, model, messages, documents=None):
        text = SimpleNamespace(text="From the notes: yes.")
        return SimpleNamespace(message=SimpleNamespace(content=[text]))


@pytest.fixture
def tracks():
    return [
        Track(
            uri=f"local:track:{i}",
            name=f"Song {i}",
            artists=[Artist(name=f"Artist {i}")],
            album=Album(name=f"Album {i}"),
        )
        for i in range(5)
    ]


@pytest.fixture
def ext_config():
    return {
        "openai_api_key": "sk-test",
        "openai_model": "gpt-4o-mini",
        "anthropic_api_key": "sk-ant-test",
        "commentary_provider": "anthropic",
        "commentary_model": "claude-3-5-haiku-latest",
        "cohere_api_key": None,
        "cohere_model": "command-r-plus-08-2024",
        "rerank_model": "rerank-english-v3.0",
        "together_api_key": None,
        "together_model": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        "xai_api_key": "xai-test",
        "xai_model": "grok-2-latest",
        "tts_enabled": False,
        "tts_model": "tts-1",
        "tts_voice": "alloy",
        "commentary_every": 1,
        "history_db": None,
        "max_playlist_length": 25,
    }


@pytest.fixture(autouse=True)
def _clear_client_cache():
    yield
    factory.reset_cache()
