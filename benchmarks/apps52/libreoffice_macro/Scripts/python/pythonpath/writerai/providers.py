"""Provider backends behind a common ``complete(system, prompt)`` interface.

Started as the pre-1.0 way of dispatching calls; new features should use
services.multi_model_service instead (see #41), but rewrite/translate still use this.
"""
import logging

from writerai import clients
from writerai.http_backend import post_chat_completion

log = logging.getLogger("writerai.providers")


class Backend:
    name = "base"

    def __init__(self, settings):
        self.settings = settings
        self.model = settings.model_for(self.name)

    def complete(self, system, prompt, max_tokens=1024):
        raise NotImplementedError


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, settings, client=None):
        super().__init__(settings)
        self.client = client or clients.get_openai_client()

    def complete(self, system, prompt, max_tokens=1024):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            temperature=self.settings.temperature,
            max_tokens=max_tokens,
        )
        return resp.choices[0].message.content.strip()


class AnthropicBackend(Backend):
    name = "anthropic"

    def __init__(self, settings, client=None):
        super().__init__(settings)
        self.client = client or clients.get_anthropic_client()

    def complete(self, system, prompt, max_tokens=1024):
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            max_tokens=max_tokens,
            temperature=self.settings.temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        return "".join(block.text for block in msg.content if block.type == "text").strip()


class GroqBackend(Backend):
    name = "groq"

    def __init__(self, settings, client=None):
        super().__init__(settings)
        self._client = client

    @property
    def client(self):
        if self._client is None:
            self._client = clients.get_groq_client()
        return self._client

    def complete(self, system, prompt, max_tokens=1024):
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            temperature=self.settings.temperature,
            max_completion_tokens=max_tokens,
        )
        return completion.choices[0].message.content.strip()


class WatsonxBackend(Backend):
    name = "watsonx"

    def __init__(self, settings, model=None):
        super().__init__(settings)
        self.inference = model or clients.get_watsonx_model(self.model)

    def complete(self, system, prompt, max_tokens=1024):
        resp = self.inference.chat(
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            params={"max_tokens": max_tokens, "temperature": self.settings.temperature},
        )
        return resp["choices"][0]["message"]["content"].strip()


class HttpBackend(Backend):
    """Any OpenAI-compatible endpoint reached with plain urllib (Mistral by default)."""

    name = "http"

    def complete(self, system, prompt, max_tokens=1024):
        data = post_chat_completion(
            self.settings.http_endpoint,
            self.settings.http_api_key,
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
            temperature=self.settings.temperature,
        )
        return data["choices"][0]["message"]["content"].strip()


BACKENDS = {
    cls.name: cls
    for cls in (OpenAIBackend, AnthropicBackend, GroqBackend, WatsonxBackend, HttpBackend)
}


def make_backend(settings, provider=None):
    provider = provider or settings.provider
    try:
        cls = BACKENDS[provider]
    except KeyError:
        log.warning("unknown provider %r, falling back to openai", provider)
        cls = OpenAIBackend
    return cls(settings)
