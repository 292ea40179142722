"""Hand-written fakes for the SDK clients. Only the surface we use."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeGenaiModels:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def generate_content(self, *, model, contents, config=None):
        self.calls.append({"model": model, "contents": contents, "config": config})
        return SimpleNamespace(
            text=self.text,
            usage_metadata=SimpleNamespace(prompt_token_count=11, candidates_token_count=22,
                                           total_token_count=33),
        )

    def embed_content(self, *, model, contents, config=None):
        self.calls.append({"model": model, "contents": contents})
        return SimpleNamespace(embeddings=[SimpleNamespace(values=[0.1, 0.2, 0.3]) for _ in contents])

    def count_tokens(self, *, model, contents):
        return SimpleNamespace(total_tokens=len(str(contents)) // 4)


class FakeGenaiClient:
    def __init__(self, text: str = "A bright flat near the river.") -> None:
        self.models = _FakeGenaiModels(text)


class _FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=50),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=1234)

    def stream(self, **kwargs):
        self.calls.append(kwargs)
        return _FakeStream(self.text)


class _FakeStream:
    def __init__(self, text: str) -> None:
        self._text = text

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    @property
    def text_stream(self):
        yield from self._text.split(" ")

    def get_final_message(self):
        return SimpleNamespace(usage=SimpleNamespace(input_tokens=100, output_tokens=50))


class FakeAnthropic:
    def __init__(self, text: str = "- Clean rooms\n- Noisy street\n- Suits couples") -> None:
        self.messages = _FakeMessages(text)


class _FakeChatCompletions:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.text))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=20, total_tokens=30),
        )


class FakeOpenAI:
    def __init__(self, text: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=_FakeChatCompletions(text))


class FakeFirestoreDoc:
    def __init__(self, store: dict, key: str) -> None:
        self.store, self.key = store, key

    def create(self, data):
        if self.key in self.store:
            from google.api_core.exceptions import AlreadyExists
            raise AlreadyExists(self.key)
        self.store[self.key] = data

    def set(self, data, merge=False):
        self.store[self.key] = data
