"""Mistral client utility."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.settings import get_setting
from mistralai import Mistral
from zope.interface import implementer


@implementer(IAIClientProvider)
class MistralClientProvider:
    name = "mistral"

    def __init__(self):
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = Mistral(api_key=get_setting("mistral_api_key"))
        return self._client

    def reset(self):
        self._client = None

    def default_model(self):
        return get_setting("mistral_model", "mistral-small-latest")

    def complete(self, prompt, system=None, model=None, max_tokens=512):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        res = self.client.chat.complete(
            model=model or self.default_model(),
            messages=messages,
            max_tokens=max_tokens,
        )
        return res.choices[0].message.content

    def embed(self, texts):
        res = self.client.embeddings.create(model="mistral-embed", inputs=texts)
        return [d.embedding for d in res.data]
