"""Hand-rolled fakes for the SDK clients; shaped like the real response objects."""
from __future__ import annotations

from types import SimpleNamespace


def _usage(p=10, c=5):
    return SimpleNamespace(prompt_tokens=p, completion_tokens=c, total_tokens=p + c,
                           input_tokens=p, output_tokens=c)


class _FakeCompletions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter([
                SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=piece))])
                for piece in self.reply.split(" ")
            ])
        msg = SimpleNamespace(content=self.reply, reasoning_content=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)],
                               model=kwargs.get("model", "fake"), usage=_usage())


class _FakeEmbeddings:
    def __init__(self, dim=4):
        self.dim = dim
        self.calls = []

    def create(self, model, input, **kwargs):
        self.calls.append(input)
        items = input if isinstance(input, list) else [input]
        data = [SimpleNamespace(index=i, embedding=[float(len(t))] * self.dim)
                for i, t in enumerate(items)]
        return SimpleNamespace(data=data, usage=_usage(len(items), 0))


class FakeOpenAI:
    def __init__(self, reply="hello world"):
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.embeddings = _FakeEmbeddings()


class _FakeMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            model=kwargs["model"],
            usage=_usage(),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="LGTM"):
        self.messages = _FakeMessages(reply)


class FakeSettings:
    default_provider = "openai"
    experiments_db = ":memory:"

    def model_for(self, provider):
        return f"{provider}-test-model"


class FakeApp:
    def __init__(self, stdout):
        self.stdout = stdout
        self.stderr = stdout
        self.settings = FakeSettings()
        self.openai_client = FakeOpenAI()
        self.deepseek_client = FakeOpenAI(reply="deepseek says hi")
        self.groq_client = FakeOpenAI(reply='{"score": 7}')
        self.anthropic_client = FakeAnthropic()
