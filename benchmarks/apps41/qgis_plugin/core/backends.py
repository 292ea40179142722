"""Thin per-provider backends with a common ``complete(system, user)`` API.

Used by the QgsTask classes and by the processing algorithms. Backends hold a
client from ``core.clients``; they do *not* go through multi_model_service yet
(see issue #58: the tasks run in worker threads and the tracker is async).
"""
import logging

from . import clients, settings
from .prompts import anthropic_messages, chat_messages

log = logging.getLogger(__name__)


class Backend:
    name = "base"

    def __init__(self, client=None, model=None, temperature=0.2, max_tokens=800):
        self.client = client
        self.model = model or settings.model_for(self.name)
        self.temperature = temperature
        self.max_tokens = max_tokens

    def complete(self, system, user, history=None):
        raise NotImplementedError

    def __repr__(self):
        return "<{} model={}>".format(type(self).__name__, self.model)


class OpenAIBackend(Backend):
    name = "openai"

    def complete(self, system, user, history=None):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=chat_messages(system, user, history),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return resp.choices[0].message.content or ""


class AnthropicBackend(Backend):
    name = "anthropic"

    def complete(self, system, user, history=None):
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            messages=anthropic_messages(user, history),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class GeminiBackend(Backend):
    name = "google"

    def complete(self, system, user, history=None):
        from google.genai import types

        contents = []
        for turn in history or []:
            role = "model" if turn["role"] == "assistant" else "user"
            contents.append(types.Content(role=role, parts=[types.Part(text=turn["content"])]))
        contents.append(types.Content(role="user", parts=[types.Part(text=user)]))
        resp = self.client.models.generate_content(
            model=self.model,
            contents=contents,
            config=types.GenerateContentConfig(
                system_instruction=system,
                temperature=self.temperature,
                max_output_tokens=self.max_tokens,
            ),
        )
        return resp.text or ""


class MistralBackend(Backend):
    name = "mistral"

    def complete(self, system, user, history=None):
        resp = self.client.chat.complete(
            model=self.model,
            messages=chat_messages(system, user, history),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return resp.choices[0].message.content or ""


class OllamaBackend(Backend):
    name = "ollama"

    def complete(self, system, user, history=None):
        resp = self.client.chat(
            model=self.model,
            messages=chat_messages(system, user, history),
            options={"temperature": self.temperature, "num_predict": self.max_tokens},
        )
        return resp["message"]["content"]


BACKENDS = {
    cls.name: cls
    for cls in (OpenAIBackend, AnthropicBackend, GeminiBackend, MistralBackend, OllamaBackend)
}


def create_backend(provider=None):
    cfg = settings.provider_config(provider)
    cls = BACKENDS[cfg.provider]
    return cls(
        client=clients.client_for(cfg.provider),
        model=cfg.model,
        temperature=cfg.temperature,
        max_tokens=cfg.max_tokens,
    )
