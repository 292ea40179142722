"""Hand-rolled fakes for the SDK clients. Shapes mirror the real responses
closely enough for our code paths."""
from types import SimpleNamespace


def _usage(prompt=10, completion=5):
    return SimpleNamespace(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion,
                           input_tokens=prompt, output_tokens=completion)


class _Completions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=_usage())


class FakeOpenAI:
    def __init__(self, reply="fake reply"):
        self.chat = SimpleNamespace(completions=_Completions(reply))
        self.moderations = SimpleNamespace(create=lambda **kw: SimpleNamespace(
            results=[SimpleNamespace(flagged=False)]))
        self.embeddings = SimpleNamespace(create=lambda **kw: SimpleNamespace(
            data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3])]))


class _Messages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.reply)], usage=_usage())

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="fake summary"):
        self.messages = _Messages(reply)


class FakeMistralChat:
    def __init__(self, reply):
        self.reply = reply

    def complete(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))], usage=_usage())

    async def complete_async(self, **kwargs):
        return self.complete(**kwargs)


class FakeMistral:
    def __init__(self, reply="übersetzt"):
        self.chat = FakeMistralChat(reply)


class FakeVoyage:
    def __init__(self, dim=3):
        self.dim = dim
        self.embedded = []

    def embed(self, texts, model=None, input_type=None, truncation=True):
        self.embedded.extend(texts)
        return SimpleNamespace(embeddings=[[float(len(t) % 7)] * self.dim for t in texts], total_tokens=len(texts))

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(len(documents))]
        return SimpleNamespace(results=results[:top_k])

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)
