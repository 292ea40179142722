"""Hand-written fakes for the provider clients."""
from types import SimpleNamespace


class FakeCompletions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAI:
    def __init__(self, reply="[]"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        )


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
    def __init__(self, text="because"):
        self.messages = FakeMessages(text)


class FakeCohere:
    def __init__(self, dim=3):
        self.dim = dim

    def embed(self, texts, model, input_type, embedding_types):
        vecs = [[float(len(t) % 7 + 1), 1.0, float(i)] for i, t in enumerate(texts)]
        return SimpleNamespace(embeddings=SimpleNamespace(float_=vecs))

    def chat(self, model, messages):
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text="summary")]))
