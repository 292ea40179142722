"""OpenRouter, reached through the OpenAI SDK.

We deliberately did not subclass OpenAIClientProvider: OpenRouter wants
attribution headers on every request and has different model ids.
"""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.settings import get_setting
from openai import OpenAI
from plone import api
from zope.interface import implementer


OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"


@implementer(IAIClientProvider)
class OpenRouterClientProvider:
    name = "openrouter"

    def __init__(self):
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = OpenAI(
                base_url=OPENROUTER_BASE_URL,
                api_key=get_setting("openrouter_api_key"),
                default_headers=self._attribution_headers(),
            )
        return self._client

    def _attribution_headers(self):
        try:
            site_url = api.portal.get().absolute_url()
        except Exception:
            site_url = "https://www.acme.example"
        return {"HTTP-Referer": site_url, "X-Title": "ACME Plone AI assist"}

    def reset(self):
        self._client = None

    def default_model(self):
        return get_setting(
            "openrouter_model", "meta-llama/llama-3.1-70b-instruct"
        )

    def complete(self, prompt, system=None, model=None, max_tokens=512):
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        completion = self.client.chat.completions.create(
            model=model or self.default_model(),
            messages=messages,
            max_tokens=max_tokens,
        )
        return completion.choices[0].message.content
