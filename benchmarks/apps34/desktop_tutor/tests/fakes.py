"""Hand-rolled fakes for provider clients (no network in tests)."""
from types import SimpleNamespace


def _chat_response(text, prompt_tokens=10, completion_tokens=5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class _Completions:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "ok"
        if kwargs.get("stream"):
            return iter([_chat_response(part) for part in text.split(" ")])
        return _chat_response(text)


class FakeOpenAI:
    def __init__(self, replies=()):
        self.chat = SimpleNamespace(completions=_Completions(replies))
        self.responses = SimpleNamespace(create=lambda **kw: SimpleNamespace(output_text="uno\ndos\ntres"))


class _Messages:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=30),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, text="{}"):
        self.messages = _Messages(text)


FakeGroq = FakeOpenAI


class FakeSession:
    def __init__(self, status=200, lessons=()):
        self.status = status
        self.lessons = list(lessons)
        self.posted = []

    def post(self, url, **kwargs):
        self.posted.append((url, kwargs))
        return SimpleNamespace(status_code=self.status)

    def get(self, url, **kwargs):
        return SimpleNamespace(raise_for_status=lambda: None, json=lambda: {"lessons": self.lessons})
