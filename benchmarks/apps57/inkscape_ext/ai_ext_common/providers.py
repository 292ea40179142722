"""Provider switch: one small backend class per vendor with a uniform
``complete(system, user)`` method returning plain text.

New code should prefer ``multi_model_service.generate_response`` (tracked);
these backends predate it and are still used by most extensions.
"""

import logging

from google.genai import types as genai_types

from . import clients
from .errors import EmptyResponse, ProviderError
from .settings import load_settings

log = logging.getLogger(__name__)


class ChatBackend:
    name = "base"

    def __init__(self, model=None, max_tokens=None, temperature=0.7):
        settings = load_settings()
        self.model = settings.model_for(self.name, model)
        self.max_tokens = max_tokens or settings.max_tokens
        self.temperature = temperature

    def complete(self, system, user):
        raise NotImplementedError

    def _check(self, text):
        if not text or not text.strip():
            raise EmptyResponse(f"{self.name} returned an empty answer")
        return text.strip()


class OpenAIBackend(ChatBackend):
    name = "openai"

    def __init__(self, client=None, **kw):
        super().__init__(**kw)
        self.client = client or clients.get_openai_client()

    def complete(self, system, user):
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                max_tokens=self.max_tokens,
                temperature=self.temperature,
            )
        except Exception as exc:  # openai.APIError and friends
            raise ProviderError(self.name, exc) from exc
        return self._check(resp.choices[0].message.content)


class OpenRouterBackend(OpenAIBackend):
    name = "openrouter"

    def __init__(self, **kw):
        super().__init__(client=clients.get_openrouter_client(), **kw)


class AnthropicBackend(ChatBackend):
    name = "anthropic"

    def __init__(self, **kw):
        super().__init__(**kw)
        self._client = clients.get_anthropic_client()

    def complete(self, system, user):
        try:
            msg = self._client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=system,
                temperature=self.temperature,
                messages=[{"role": "user", "content": user}],
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        text = "".join(b.text for b in msg.content if b.type == "text")
        return self._check(text)


class GeminiBackend(ChatBackend):
    name = "google"

    def complete(self, system, user):
        client = clients.get_genai_client()
        config = genai_types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        try:
            resp = client.models.generate_content(
                model=self.model, contents=user, config=config
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        return self._check(resp.text)


class HuggingFaceBackend(ChatBackend):
    name = "huggingface"

    def complete(self, system, user):
        hf = clients.get_hf_client()
        out = hf.chat_completion(
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return self._check(out.choices[0].message.content)


BACKENDS = {
    "openai": OpenAIBackend,
    "openrouter": OpenRouterBackend,
    "anthropic": AnthropicBackend,
    "google": GeminiBackend,
    "gemini": GeminiBackend,  # old ini files used this spelling
    "huggingface": HuggingFaceBackend,
    "hf": HuggingFaceBackend,
}


def get_backend(name=None, **kw):
    name = (name or load_settings().default_provider or "openai").lower()
    if name == "default":
        name = load_settings().default_provider
    try:
        cls = BACKENDS[name]
    except KeyError:
        log.warning("unknown provider %r, falling back to openai", name)
        cls = OpenAIBackend
    return cls(**kw)
