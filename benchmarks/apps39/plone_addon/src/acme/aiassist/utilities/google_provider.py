"""Gemini (google-genai) client utility."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.settings import get_setting
from google import genai
from google.genai import types
from zope.interface import implementer


@implementer(IAIClientProvider)
class GeminiClientProvider:
    name = "google"

    def __init__(self):
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = genai.Client(api_key=get_setting("google_api_key"))
        return self._client

    def reset(self):
        self._client = None

    def default_model(self):
        return get_setting("google_model", "gemini-2.0-flash")

    def complete(self, prompt, system=None, model=None, max_tokens=512):
        config = types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=0.3,
        )
        response = self.client.models.generate_content(
            model=model or self.default_model(),
            contents=prompt,
            config=config,
        )
        return response.text or ""

    def embed(self, texts, model="text-embedding-004"):
        result = self.client.models.embed_content(model=model, contents=texts)
        return [e.values for e in result.embeddings]

    def count_tokens(self, text, model=None):
        return self.client.models.count_tokens(
            model=model or self.default_model(), contents=text
        ).total_tokens
