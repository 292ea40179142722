"""OpenAI client utility."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.settings import get_setting
from acme.aiassist.settings import request_timeout
from openai import AsyncOpenAI
from openai import OpenAI
from zope.interface import implementer


@implementer(IAIClientProvider)
class OpenAIClientProvider:
    """Named utility ``openai``.

    Utilities are singletons living for the whole process, so the SDK
    client (and its connection pool) is created once, on first use.
    """

    name = "openai"

    def __init__(self):
        self._client = None
        self._async_client = None

    @property
    def client(self):
        if self._client is None:
            self._client = OpenAI(
                api_key=get_setting("openai_api_key"),
                timeout=request_timeout(),
                max_retries=2,
            )
        return self._client

    @property
    def async_client(self):
        if self._async_client is None:
            self._async_client = AsyncOpenAI(
                api_key=get_setting("openai_api_key"),
                timeout=request_timeout(),
            )
        return self._async_client

    def reset(self):
        """Called by the control panel when the API key changes."""
        self._client = None
        self._async_client = None

    def default_model(self):
        return get_setting("openai_model", "gpt-4o-mini")

    def complete(self, prompt, system=None, model=None, max_tokens=512):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        response = self.client.chat.completions.create(
            model=model or self.default_model(),
            messages=messages,
            max_tokens=max_tokens,
            temperature=0.2,
        )
        return response.choices[0].message.content or ""

    async def acomplete(self, prompt, system=None, model=None, max_tokens=512):
        messages = [{"role": "system", "content": system or "You are helpful."}]
        messages.append({"role": "user", "content": prompt})
        response = await self.async_client.chat.completions.create(
            model=model or self.default_model(),
            messages=messages,
            max_tokens=max_tokens,
        )
        return response.choices[0].message.content or ""

    def embed(self, texts, model=None):
        if isinstance(texts, str):
            texts = [texts]
        result = self.client.embeddings.create(
            model=model or get_setting("openai_embedding_model", "text-embedding-3-small"),
            input=texts,
        )
        return [item.embedding for item in result.data]

    def structured(self, prompt, json_schema, name="result", model=None):
        """Structured output through the Responses API (used by tags v2)."""
        response = self.client.responses.create(
            model=model or self.default_model(),
            input=prompt,
            text={
                "format": {
                    "type": "json_schema",
                    "name": name,
                    "schema": json_schema,
                    "strict": True,
                }
            },
        )
        return response.output_text

    def list_models(self):
        return sorted(m.id for m in self.client.models.list())
