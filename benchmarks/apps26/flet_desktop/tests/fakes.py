"""Hand-rolled fakes shaped like the SDK clients we use. Record calls, return canned data."""
from __future__ import annotations

from types import SimpleNamespace as NS
from typing import Any


class _Recorder:
    def __init__(self, result: Any = None) -> None:
        self.calls: list[dict] = []
        self.result = result

    def __call__(self, *args, **kwargs):
        self.calls.append(kwargs)
        return self.result


def openai_chat_response(text: str = "ok", model: str = "gpt-4.1") -> NS:
    return NS(
        model=model,
        choices=[NS(message=NS(content=text))],
        usage=NS(prompt_tokens=11, completion_tokens=7),
        citations=["https://example.test/a"],
    )


class FakeOpenAI:
    def __init__(self, text: str = "ok") -> None:
        self.chat = NS(completions=NS(create=_Recorder(openai_chat_response(text))))
        self.embeddings = NS(create=_Recorder(NS(data=[NS(index=0, embedding=[1.0, 0.0])])))
        self.moderations = NS(create=_Recorder(NS(results=[NS(flagged=False, categories=NS(model_dump=dict))])))


class FakeAsyncCompletions:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return openai_chat_response(self.text, kwargs.get("model", "sonar-pro"))


class FakeAsyncOpenAI:
    def __init__(self, text: str = "ok") -> None:
        self.chat = NS(completions=FakeAsyncCompletions(text))


class FakeMessages:
    def __init__(self, text: str) -> None:
        self.text = text
        self.created: list[dict] = []

    def create(self, **kwargs):
        self.created.append(kwargs)
        return NS(
            model=kwargs["model"],
            content=[NS(type="text", text=self.text)],
            usage=NS(input_tokens=100, output_tokens=20),
        )

    def count_tokens(self, **kwargs):
        return NS(input_tokens=1234)


class FakeAnthropic:
    def __init__(self, text: str = "# Headline\nBody") -> None:
        self.messages = FakeMessages(text)


class FakeChat:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.appended: list = []

    def append(self, message):
        self.appended.append(message)
        return self

    def sample(self):
        return NS(content=self.reply, usage=NS(prompt_tokens=5, completion_tokens=3, reasoning_tokens=0))

    def stream(self):
        for word in self.reply.split(" "):
            yield NS(content=self.reply), NS(content=word + " ")


class FakeXai:
    def __init__(self, reply: str = "Dear Sir") -> None:
        self.reply = reply
        self.chats: list[FakeChat] = []
        self.chat = NS(create=self._create)

    def _create(self, **kwargs):
        chat = FakeChat(self.reply)
        self.chats.append(chat)
        return chat


class FakeClientStorage(dict):
    def set(self, key, value):
        self[key] = value


class FakePage:
    def __init__(self) -> None:
        self.session = FakeClientStorage()
        self.client_storage = FakeClientStorage()
        self.data = None
        self.threads: list = []

    def run_thread(self, fn, *args):
        self.threads.append(fn)
        fn(*args)

    def update(self, *controls):
        pass
