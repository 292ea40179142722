"""Hand-rolled fakes for the SDK clients.  Shapes mirror the real responses
closely enough for our parsing code."""

from types import SimpleNamespace as NS


def _openai_response(text, model="fake-model"):
    return NS(
        model=model,
        choices=[NS(message=NS(content=text), delta=NS(content=text))],
        usage=NS(prompt_tokens=11, completion_tokens=7),
    )


class _Completions(object):
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(("chat.completions.create", kwargs))
        return _openai_response(self.owner.text, kwargs.get("model"))


class _Moderations(object):
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(("moderations.create", kwargs))
        flagged = "kill" in kwargs["input"]
        cats = NS(model_dump=lambda: {"violence": flagged, "hate": False})
        scores = NS(model_dump=lambda: {"violence": 0.97 if flagged else 0.01,
                                        "hate": 0.0})
        return NS(results=[NS(flagged=flagged, categories=cats,
                              category_scores=scores)])


class FakeOpenAI(object):
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []
        self.chat = NS(completions=_Completions(self))
        self.moderations = _Moderations(self)


class _Messages(object):
    def __init__(self, owner):
        self.owner = owner

    def create(self, **kwargs):
        self.owner.calls.append(("messages.create", kwargs))
        return NS(model=kwargs["model"],
                  content=[NS(type="text", text=self.owner.text)],
                  usage=NS(input_tokens=20, output_tokens=9))

    def count_tokens(self, **kwargs):
        return NS(input_tokens=123)


class FakeAnthropic(object):
    def __init__(self, text="summary"):
        self.text = text
        self.calls = []
        self.messages = _Messages(self)


class _MistralChat(object):
    def __init__(self, owner):
        self.owner = owner

    def complete(self, **kwargs):
        self.owner.calls.append(("chat.complete", kwargs))
        return _openai_response(self.owner.text, kwargs.get("model"))


class FakeMistral(object):
    def __init__(self, text="bonjour"):
        self.text = text
        self.calls = []
        self.chat = _MistralChat(self)


class FakeBundle(object):
    def __init__(self, **clients):
        self.openai = clients.get("openai") or FakeOpenAI()
        self.anthropic = clients.get("anthropic") or FakeAnthropic()
        self.groq = clients.get("groq") or FakeOpenAI()
        self.mistral = clients.get("mistral") or FakeMistral()
        self.openrouter = clients.get("openrouter") or FakeOpenAI()

    def for_provider(self, name):
        return getattr(self, name)
