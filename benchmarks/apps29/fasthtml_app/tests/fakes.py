"""Hand-rolled fakes for the provider clients. Only the bits our code touches."""
from __future__ import annotations

from types import SimpleNamespace as NS


class _Recorder:
    def __init__(self, reply):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return self.reply(kwargs) if callable(self.reply) else self.reply


def openai_completion(text="ok", prompt_tokens=10, completion_tokens=5):
    return NS(
        choices=[NS(message=NS(content=text), text=text)],
        usage=NS(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                 total_tokens=prompt_tokens + completion_tokens),
    )


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = NS(completions=_Recorder(openai_completion(text)))
        self.completions = _Recorder(openai_completion(text))
        self.embeddings = _Recorder(NS(data=[NS(embedding=[0.1, 0.2, 0.3])]))
        self.responses = _Recorder(NS(output_text=text))
        self.models = NS(list=lambda: [NS(id="gpt-4o-mini")])


class FakeAnthropic:
    def __init__(self, text="ok"):
        self.messages = _Recorder(NS(content=[NS(type="text", text=text)],
                                     usage=NS(input_tokens=12, output_tokens=6)))


class FakeGenAI:
    def __init__(self, text="ok"):
        self.models = NS(
            generate_content=lambda **kw: NS(text=text, usage_metadata=NS(prompt_token_count=3,
                                                                         candidates_token_count=4)),
            generate_content_stream=lambda **kw: iter([NS(text=text)]),
            embed_content=lambda **kw: NS(embeddings=[NS(values=[0.3, 0.2, 0.1])]),
        )


class _FakeXaiChat:
    def __init__(self, text):
        self.text = text
        self.messages = []

    def append(self, msg):
        self.messages.append(msg)
        return self

    def sample(self):
        return NS(content=self.text, usage=NS(prompt_tokens=4, completion_tokens=2, total_tokens=6))

    def stream(self):
        for word in self.text.split():
            yield None, NS(content=word + " ")


class FakeXai:
    def __init__(self, text="grok says"):
        self.chat = NS(create=lambda **kw: _FakeXaiChat(text))


class FakeServices:
    def __init__(self):
        from proposalwriter.config import settings

        self.settings = settings
        self.openai = FakeOpenAI()
        self.anthropic = FakeAnthropic()
        self.genai = FakeGenAI()
        self.xai = FakeXai()
        self.perplexity = FakeOpenAI("sonar text")
        self.cerebras = FakeOpenAI('{"line_items": [{"role": "designer", "days": 3}]}')
        self.started = True
