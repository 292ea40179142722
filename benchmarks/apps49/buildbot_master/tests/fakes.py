"""Fake provider clients for the tests.  They mimic just enough of the SDK
response shapes for our code paths."""
from types import SimpleNamespace


class _Recorder:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []


class _Completions(_Recorder):
    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, reply="summary"):
        self.chat = SimpleNamespace(completions=_Completions(reply))
        self.embeddings = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(
                data=[SimpleNamespace(embedding=[1.0, 0.0]) for _ in kw["input"]]
            )
        )


class _Messages(_Recorder):
    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="summary"):
        self.messages = _Messages(reply)


class FakeBedrockRuntime:
    def __init__(self, reply="summary"):
        self.reply = reply
        self.calls = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {"output": {"message": {"content": [{"text": self.reply}]}},
                "usage": {"inputTokens": 3, "outputTokens": 2}}


class FakeCohere:
    def __init__(self, reply="summary"):
        self.reply = reply
        self.calls = []

    def chat(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.reply)]))

    def tokenize(self, text, model):
        return SimpleNamespace(tokens=text.split())
