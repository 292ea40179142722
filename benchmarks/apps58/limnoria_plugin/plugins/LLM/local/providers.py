"""Provider switch.

``make_backend(name, bundle)`` returns an object with a uniform ``chat()``
method so the plugin commands don't care which vendor a channel picked.
"""

import logging

from . import prompts
from .clients import DEFAULT_MODELS

log = logging.getLogger("supybot.plugins.LLM.providers")


class Reply(object):
    __slots__ = ("text", "model", "input_tokens", "output_tokens", "provider")

    def __init__(self, text, model, input_tokens=0, output_tokens=0,
                 provider=None):
        self.text = (text or "").strip()
        self.model = model
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.provider = provider

    @classmethod
    def create(cls, provider, model, text, usage=None):
        inp = getattr(usage, "prompt_tokens", None)
        if inp is None:
            inp = getattr(usage, "input_tokens", 0)
        out = getattr(usage, "completion_tokens", None)
        if out is None:
            out = getattr(usage, "output_tokens", 0)
        return cls(text, model, inp or 0, out or 0, provider)

    def __repr__(self):
        return "<Reply %s %d/%d>" % (self.model, self.input_tokens,
                                     self.output_tokens)


class Backend(object):
    name = None

    def __init__(self, client, model=None):
        self.client = client
        self.model = model or DEFAULT_MODELS[self.name]

    def chat(self, messages, max_tokens=400, temperature=0.3):
        raise NotImplementedError

    def ask(self, system, question, max_tokens=400):
        return self.chat(prompts.chat_messages(system, question),
                         max_tokens=max_tokens)


class OpenAIBackend(Backend):
    name = "openai"

    def chat(self, messages, max_tokens=400, temperature=0.3):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Reply.create(self.name, resp.model,
                            resp.choices[0].message.content, resp.usage)


class OpenRouterBackend(OpenAIBackend):
    name = "openrouter"
    fallbacks = ("mistralai/mistral-nemo", "google/gemma-2-9b-it")

    def chat(self, messages, max_tokens=400, temperature=0.3):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            extra_body={"models": list(self.fallbacks),
                        "route": "fallback"},
        )
        # OpenRouter tells us which model actually answered
        return Reply.create(self.name, resp.model,
                            resp.choices[0].message.content, resp.usage)


class AnthropicBackend(Backend):
    name = "anthropic"

    def chat(self, messages, max_tokens=400, temperature=0.3):
        system, rest = prompts.split_system(messages)
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            messages=rest,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return Reply.create(self.name, msg.model, text, msg.usage)

    def stream_lines(self, messages, max_tokens=400):
        """Yield complete lines as they arrive (used by the long answers)."""
        system, rest = prompts.split_system(messages)
        buf = ""
        with self.client.messages.stream(model=self.model, system=system,
                                         messages=rest,
                                         max_tokens=max_tokens) as stream:
            for chunk in stream.text_stream:
                buf += chunk
                while "\n" in buf:
                    line, buf = buf.split("\n", 1)
                    if line.strip():
                        yield line
        if buf.strip():
            yield buf


class GroqBackend(Backend):
    name = "groq"

    def chat(self, messages, max_tokens=400, temperature=0.3):
        completion = self.client.chat.completions.create(
            messages=messages,
            model=self.model,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Reply.create(self.name, completion.model,
                            completion.choices[0].message.content,
                            completion.usage)


class MistralBackend(Backend):
    name = "mistral"

    def chat(self, messages, max_tokens=400, temperature=0.3):
        res = self.client.chat.complete(model=self.model, messages=messages,
                                        max_tokens=max_tokens,
                                        temperature=temperature)
        return Reply.create(self.name, res.model,
                            res.choices[0].message.content, res.usage)


BACKENDS = {
    cls.name: cls
    for cls in (OpenAIBackend, OpenRouterBackend, AnthropicBackend,
                GroqBackend, MistralBackend)
}


def make_backend(name, bundle, model=None):
    try:
        cls = BACKENDS[name]
    except KeyError:
        log.warning("Unknown provider %r, falling back to openai", name)
        cls, name = OpenAIBackend, "openai"
    return cls(bundle.for_provider(name), model=model or None)
