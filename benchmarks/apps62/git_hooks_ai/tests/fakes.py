"""Hand-rolled fakes for the SDK clients. Shapes mirror the real responses closely enough."""
from __future__ import annotations

from types import SimpleNamespace


def _chat_response(text: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        model="fake-model",
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class _Completions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "chore: update"
        return _chat_response(text)


class FakeOpenAI:
    def __init__(self, *replies: str):
        self.chat = SimpleNamespace(completions=_Completions(replies))
        self.embeddings = SimpleNamespace(create=self._embed)
        self.moderations = SimpleNamespace(create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)]))

    def _embed(self, model, input):
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in input])


class _Messages:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "LGTM"
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=sum(len(m["content"]) for m in kwargs["messages"]) // 4)


class FakeAnthropic:
    def __init__(self, *replies: str):
        self.messages = _Messages(replies)


class FakeBackend:
    name = "fake"
    model = "fake-model"

    def __init__(self, text: str):
        self.text = text
        self.prompts = []

    def complete(self, system, user, max_tokens=512, temperature=0.2):
        from gitai.llm.providers import Completion

        self.prompts.append((system, user))
        return Completion(self.text, 1, 1, self.model)
