"""Hand-rolled fakes for the provider clients. Only what the code under test touches."""
from types import SimpleNamespace


def _usage(i=10, o=5):
    return SimpleNamespace(prompt_tokens=i, completion_tokens=o, input_tokens=i, output_tokens=o)


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(("chat.completions.create", kwargs))
        msg = SimpleNamespace(content=self.parent.reply, role="assistant")
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage())


class _FakeEmbeddings:
    def __init__(self, parent):
        self.parent = parent

    def create(self, model, input):
        self.parent.calls.append(("embeddings.create", {"model": model, "input": input}))
        return SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3]) for _ in input])


class FakeOpenAI:
    def __init__(self, reply="ok"):
        self.reply = reply
        self.calls = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings(self)
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        )


class _FakeMessages:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.parent.reply)
        return SimpleNamespace(content=[block], usage=_usage())


class FakeAnthropic:
    def __init__(self, reply="claude says hi"):
        self.reply = reply
        self.calls = []
        self.messages = _FakeMessages(self)


class FakeBedrock:
    def __init__(self, reply="bedrock says hi"):
        self.reply = reply
        self.calls = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": self.reply}]}},
            "usage": {"inputTokens": 12, "outputTokens": 7},
        }


class FakeBundle:
    def __init__(self):
        self.openai = FakeOpenAI()
        self.anthropic = FakeAnthropic()
        self.bedrock = FakeBedrock()
        self.cohere = None
        self.openai_model = "gpt-test"
        self.anthropic_model = "claude-test"
        self.bedrock_model = "bedrock-test"
        self.cohere_model = "embed-test"

    def complete(self, prompt, system=None, **_):
        return self.openai.chat.completions.create(model=self.openai_model, messages=[]).choices[0].message.content

    def describe(self):
        return "fake"
