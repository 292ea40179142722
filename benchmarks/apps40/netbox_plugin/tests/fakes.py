"""Test doubles for the provider SDKs."""
from types import SimpleNamespace


class FakeAnthropicMessages:
    def __init__(self, text="A leaf switch in AMS1."):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=120, output_tokens=18),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, text="A leaf switch in AMS1."):
        self.messages = FakeAnthropicMessages(text)


class FakeChatCompletions:
    def __init__(self, content="ok"):
        self.content = content
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=3),
        )


class FakeOpenAI:
    def __init__(self, content="ok"):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(content))


class FakeCohere:
    def __init__(self):
        self.rerank_calls = []

    def rerank(self, model, query, documents, top_n=None):
        self.rerank_calls.append(query)
        order = list(range(len(documents)))[: top_n or len(documents)]
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in order])

    def chat(self, model, messages, **kwargs):
        return SimpleNamespace(
            message=SimpleNamespace(content=[SimpleNamespace(text="cohere says hi")], citations=[]),
            usage=SimpleNamespace(billed_units=SimpleNamespace(input_tokens=5, output_tokens=2)),
        )
