"""Hand-rolled fakes shaped like the SDK surfaces we use. Cheaper than vcr cassettes
and they don't break when the SDKs bump minor versions."""
from __future__ import annotations

from types import SimpleNamespace


class _Recorder:
    def __init__(self, reply):
        self.calls: list[dict] = []
        self._reply = reply

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return self._reply(kwargs)


def _chat_reply(text):
    def build(kwargs):
        return SimpleNamespace(
            model=kwargs.get("model"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=text, parsed=None))],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
        )
    return build


class FakeOpenAI:
    def __init__(self, text: str = "fake answer"):
        self.chat = SimpleNamespace(completions=_Recorder(_chat_reply(text)))
        self.responses = _Recorder(
            lambda kw: SimpleNamespace(output_text=text, usage=SimpleNamespace(input_tokens=5, output_tokens=3))
        )
        self.embeddings = _Recorder(
            lambda kw: SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3]) for _ in kw["input"]])
        )
        self.moderations = _Recorder(lambda kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)]))


class FakeAnthropic:
    def __init__(self, text: str = "claude says hi"):
        block = SimpleNamespace(type="text", text=text)
        self.messages = _Recorder(
            lambda kw: SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=9, output_tokens=4))
        )


class FakeMistralChat:
    def __init__(self, text: str):
        self.text = text
        self.calls: list[dict] = []

    def complete(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.text))])


class FakeMistral:
    def __init__(self, text: str = "mistral brief"):
        self.chat = FakeMistralChat(text)


class FakeBedrockRuntime:
    def __init__(self, text: str = "risk looks fine"):
        self.text = text
        self.calls: list[dict] = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": self.text}]}},
            "usage": {"inputTokens": 100, "outputTokens": 20},
        }


class FakeCohere:
    def __init__(self):
        self.rerank_calls: list[dict] = []

    def rerank(self, **kwargs):
        self.rerank_calls.append(kwargs)
        docs = kwargs["documents"]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(min(kwargs["top_n"], len(docs)))]
        )
