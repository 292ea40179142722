"""Hand-written fakes for the provider clients."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        message = SimpleNamespace(content=self.parent.reply, role="assistant")
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message, finish_reason="stop")],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
            model=kwargs.get("model"),
        )


class FakeOpenAI:
    def __init__(self, reply: str = "{}"):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.images = SimpleNamespace(generate=self._image)

    def _image(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(data=[SimpleNamespace(url="https://img.example/og.png")])


class FakeAnthropicMessages:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            model=kwargs["model"],
            usage=SimpleNamespace(input_tokens=20, output_tokens=8),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "A summary."):
        self.messages = FakeAnthropicMessages(reply)


class FakeVoyage:
    def __init__(self, dim: int = 4):
        self.dim = dim
        self.embed_calls = 0

    def embed(self, texts, model=None, input_type=None):
        self.embed_calls += 1
        return SimpleNamespace(
            embeddings=[[float(len(t) % 7)] * self.dim for t in texts],
            total_tokens=sum(len(t.split()) for t in texts),
        )

    def rerank(self, query, documents, model=None, top_k=None):
        order = list(range(len(documents)))[: top_k or len(documents)]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in order]
        )

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)


class FakeGemini:
    def __init__(self, reply: str = "I don't know."):
        self.models = SimpleNamespace(generate_content=self._generate)
        self.reply = reply

    def _generate(self, model, contents, config=None):
        return SimpleNamespace(
            text=self.reply,
            usage_metadata=SimpleNamespace(prompt_token_count=12, candidates_token_count=4),
        )


class FakeBundle(SimpleNamespace):
    pass


def make_bundle(**overrides):
    defaults = dict(
        openai=FakeOpenAI(),
        anthropic=FakeAnthropic(),
        gemini=FakeGemini(),
        voyage=FakeVoyage(),
        together=FakeOpenAI(reply="python, django"),
    )
    defaults.update(overrides)
    return FakeBundle(**defaults)
