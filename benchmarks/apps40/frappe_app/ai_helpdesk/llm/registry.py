"""Provider backends behind a single ``complete(messages)`` interface.

Used by the triage and drafting code that predates multi_model_service.
TODO(marta): migrate callers to multi_model_service and delete this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import frappe
from google.genai import types

from ai_helpdesk.llm import clients


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: dict = field(default_factory=dict, repr=False)


class Backend:
    provider = "base"

    def __init__(self, client, model: str | None = None):
        self.client = client
        self.model = model or clients.default_model(self.provider)

    def complete(self, messages: list[dict], *, max_tokens: int = 600, temperature: float = 0.2) -> Completion:
        raise NotImplementedError


class OpenAIBackend(Backend):
    provider = "openai"

    def complete(self, messages, *, max_tokens=600, temperature=0.2):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )


class AnthropicBackend(Backend):
    provider = "anthropic"

    def complete(self, messages, *, max_tokens=600, temperature=0.2):
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        chat = [m for m in messages if m["role"] != "system"]
        msg = self.client.messages.create(
            model=self.model,
            system=system or None,
            messages=chat,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)


class GeminiBackend(Backend):
    provider = "google"

    def complete(self, messages, *, max_tokens=600, temperature=0.2):
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        contents = [
            types.Content(role="model" if m["role"] == "assistant" else "user", parts=[types.Part(text=m["content"])])
            for m in messages
            if m["role"] != "system"
        ]
        resp = self.client.models.generate_content(
            model=self.model,
            contents=contents,
            config=types.GenerateContentConfig(
                system_instruction=system or None,
                max_output_tokens=max_tokens,
                temperature=temperature,
            ),
        )
        usage = resp.usage_metadata
        return Completion(resp.text or "", self.model, usage.prompt_token_count or 0, usage.candidates_token_count or 0)


class MistralBackend(Backend):
    provider = "mistral"

    def complete(self, messages, *, max_tokens=600, temperature=0.2):
        resp = self.client.chat.complete(
            model=self.model, messages=messages, max_tokens=max_tokens, temperature=temperature
        )
        return Completion(
            resp.choices[0].message.content,
            resp.model,
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
        )


class GroqBackend(OpenAIBackend):
    # groq's SDK mirrors openai's surface, so the OpenAI backend works as-is
    provider = "groq"


_REGISTRY: dict[str, tuple[type[Backend], callable]] = {
    "openai": (OpenAIBackend, clients.get_openai_client),
    "azure": (OpenAIBackend, clients.get_azure_client),
    "anthropic": (AnthropicBackend, clients.get_anthropic_client),
    "google": (GeminiBackend, clients.get_genai_client),
    "mistral": (MistralBackend, clients.get_mistral_client),
    "groq": (GroqBackend, clients.get_groq_client),
}


def get_backend(provider: str | None = None, model: str | None = None) -> Backend:
    if not provider:
        provider = (frappe.db.get_single_value("AI Helpdesk Settings", "default_provider") or "openai").lower()
    try:
        backend_cls, factory = _REGISTRY[provider]
    except KeyError:
        frappe.throw(f"Unknown LLM provider: {provider}")
    return backend_cls(factory(), model=model)


def available_providers() -> list[str]:
    return sorted(_REGISTRY)
