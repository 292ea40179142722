"""Hand-written fakes for the SDK clients (no network, no SDK needed)."""
from types import SimpleNamespace


def _usage(p=3, c=5):
    return SimpleNamespace(prompt_tokens=p, completion_tokens=c, input_tokens=p, output_tokens=c)


class _FakeChatCompletions:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply, parsed=None)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=_usage(),
            model=kwargs.get("model", "fake"),
        )


class FakeOpenAI:
    """Quacks like openai.OpenAI / groq.Groq for chat + responses."""

    def __init__(self, reply="ok"):
        self.chat = SimpleNamespace(completions=_FakeChatCompletions(reply))
        self.responses = SimpleNamespace(create=self._responses_create)
        self.responses_calls = []

    def _responses_create(self, **kwargs):
        self.responses_calls.append(kwargs)
        return SimpleNamespace(output_text=self.chat.completions.reply)


class _FakeMessages:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=_usage(),
            model=kwargs.get("model", "fake"),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, reply="ok"):
        self.messages = _FakeMessages(reply)


class _FakeMistralChat:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []

    def complete(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=_usage(),
        )


class FakeMistral:
    def __init__(self, reply="ok"):
        self.chat = _FakeMistralChat(reply)


class FakePool:
    """Stands in for src.clients.ClientPool."""

    def __init__(self, settings, **clients):
        self.settings = settings
        self._clients = clients

    def get(self, provider=None):
        from src.clients import MissingKeyError

        provider = provider or self.settings.provider
        if provider not in self._clients:
            raise MissingKeyError(provider)
        return self._clients[provider]

    openai = property(lambda self: self.get("openai"))
    anthropic = property(lambda self: self.get("anthropic"))
    groq = property(lambda self: self.get("groq"))
    mistral = property(lambda self: self.get("mistral"))
    perplexity = property(lambda self: self.get("perplexity"))
