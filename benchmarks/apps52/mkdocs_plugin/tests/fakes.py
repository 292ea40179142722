"""Hand-rolled fakes of the SDK surfaces the plugin touches."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs_ai_docs.providers.base import Backend, Completion


class FakeBackend(Backend):
    name = "fake"

    def __init__(self, reply: str = "A short summary.", model: str = "fake-1") -> None:
        super().__init__(model)
        self.reply = reply
        self.prompts: list[str] = []

    def complete(self, prompt, *, system=None, max_tokens=512):
        self.prompts.append(prompt)
        return Completion(text=self.reply, model=self.model, input_tokens=10, output_tokens=5)


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message)],
            model=kwargs.get("model"),
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2),
        )


class FakeOpenAI:
    def __init__(self, reply: str = "fake reply") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            model=kwargs["model"],
            usage=SimpleNamespace(input_tokens=7, output_tokens=3),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "Übersetzung") -> None:
        self.messages = _FakeMessages(reply)
