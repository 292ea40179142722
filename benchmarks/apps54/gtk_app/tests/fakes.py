"""Hand-rolled fakes for the provider SDKs. Cheaper and clearer than MagicMock chains."""

from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        content = self.parent.replies.pop(0) if self.parent.replies else "{}"
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=content))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, replies=None):
        self.replies = list(replies or [])
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.models = SimpleNamespace(list=lambda: SimpleNamespace(data=[SimpleNamespace(id="gpt-4o-mini")]))
        self.audio = SimpleNamespace(
            transcriptions=SimpleNamespace(create=self._transcribe),
        )

    def _transcribe(self, **kwargs):
        self.calls.append(kwargs)
        return "hello world"


class FakeMessages:
    def __init__(self, text="rewritten"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=3),
        )


class FakeAnthropic:
    def __init__(self, text="rewritten"):
        self.messages = FakeMessages(text)


class FakeSettings:
    def __init__(self, **values):
        self.values = {"backend": "openai", "transcription-model": "whisper-1", "language": "en-GB", **values}

    @property
    def backend(self):
        return self.values["backend"]

    @property
    def transcription_model(self):
        return self.values["transcription-model"]

    def get_string(self, key):
        return self.values[key]


class FakeApp:
    def __init__(self, openai_client=None, settings=None):
        self.openai_client = openai_client or FakeOpenAI()
        self.settings = settings or FakeSettings()
