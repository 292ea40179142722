"""Hand-rolled fakes for provider clients. Shapes mirror the SDK response objects we touch."""
from __future__ import annotations

import json
from types import SimpleNamespace as NS


class FakeChatCompletions:
    def __init__(self, payload):
        self.payload = payload
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        content = self.payload if isinstance(self.payload, str) else json.dumps(self.payload)
        return NS(
            choices=[NS(message=NS(content=content))],
            usage=NS(prompt_tokens=11, completion_tokens=7),
        )


class FakeOpenAI:
    def __init__(self, payload=None):
        self.chat = NS(completions=FakeChatCompletions(payload or {}))
        self.moderations = NS(create=lambda **kw: NS(results=[NS(flagged=False)]))
        self.embeddings = NS(create=lambda **kw: NS(data=[NS(embedding=[0.0] * 4) for _ in kw["input"]]))


class FakeMessages:
    def __init__(self, text="", tool_input=None):
        self.text = text
        self.tool_input = tool_input
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        blocks = []
        if self.tool_input is not None:
            blocks.append(NS(type="tool_use", input=self.tool_input))
        else:
            blocks.append(NS(type="text", text=self.text))
        return NS(content=blocks, stop_reason="tool_use" if self.tool_input else "end_turn",
                  usage=NS(input_tokens=20, output_tokens=5))


class FakeAnthropic:
    def __init__(self, text="", tool_input=None):
        self.messages = FakeMessages(text, tool_input)


class FakeMistralChat:
    def __init__(self, reply="cleaned"):
        self.reply = reply

    def complete(self, **kwargs):
        return NS(choices=[NS(message=NS(content=self.reply))])


class FakeMistral:
    def __init__(self, pages=("page one", "page two")):
        self.chat = FakeMistralChat()
        self.ocr = NS(process=lambda **kw: NS(pages=[NS(markdown=p) for p in pages]))


class FakeRegistry:
    def __init__(self, clients: dict, models: dict | None = None):
        self._clients = clients
        self._models = models or {}

    def get(self, name):
        return self._clients[name]

    def model(self, name):
        return self._models.get(name, f"{name}-test-model")

    def names(self):
        return sorted(self._clients)

    def __contains__(self, name):
        return name in self._clients
