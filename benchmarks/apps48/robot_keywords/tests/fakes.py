"""Fakes for the SDK clients so the libraries can be unit-tested offline."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any


class _FakeCompletions:
    def __init__(self, content: str) -> None:
        self.content = content
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.content)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5, model_dump=lambda: {"prompt_tokens": 10})
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage, model=kwargs.get("model"))


class _FakeEmbeddings:
    def __init__(self, vectors: list[list[float]]) -> None:
        self.vectors = vectors

    def create(self, **kwargs: Any):
        return SimpleNamespace(data=[SimpleNamespace(embedding=v) for v in self.vectors])


class FakeOpenAI:
    def __init__(self, content: str = "ok", vectors: list[list[float]] | None = None) -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(content))
        self.embeddings = _FakeEmbeddings(vectors or [[1.0, 0.0], [1.0, 0.0]])


class _FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict[str, Any]] = []

    def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.text)
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=3, output_tokens=4))


class FakeAnthropic:
    def __init__(self, text: str = "ok") -> None:
        self.messages = _FakeMessages(text)


class FakeMistral:
    def __init__(self, content: str = "ok") -> None:
        self.sent: list[dict[str, Any]] = []
        outer = self

        class _Chat:
            def complete(self, **kwargs: Any):
                outer.sent.append(kwargs)
                msg = SimpleNamespace(content=content)
                return SimpleNamespace(choices=[SimpleNamespace(message=msg)])

        self.chat = _Chat()


class FakeBuiltIn:
    def __init__(self, libraries: dict[str, Any], variables: dict[str, Any] | None = None) -> None:
        self.libraries = libraries
        self.variables = variables or {}

    def get_library_instance(self, name: str) -> Any:
        return self.libraries[name]

    def get_variable_value(self, name: str, default: Any = None) -> Any:
        return self.variables.get(name, default)
