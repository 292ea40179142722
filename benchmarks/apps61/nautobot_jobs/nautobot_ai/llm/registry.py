"""Provider registry.

Assistants ask the registry for a provider by name and call `.complete()` /
`.embed()` on it, so switching vendors is a settings change.
"""

import logging
from dataclasses import dataclass, field

from nautobot_ai.app_settings import default_provider, get_setting
from nautobot_ai.llm import clients
from nautobot_ai.llm.bedrock import BedrockConverse

logger = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object = field(default=None, repr=False)


class BaseProvider:
    name = "base"

    def complete(self, system, prompt, **kwargs):
        raise NotImplementedError

    def embed(self, texts):
        raise NotImplementedError(f"{self.name} does not support embeddings")


class OpenAIProvider(BaseProvider):
    name = "openai"

    def __init__(self, client=None, model=None):
        self._client = client
        self.model = model or get_setting("openai_model", "gpt-4o-mini")

    @property
    def client(self):
        if self._client is None:
            self._client = clients.get_openai_client()
        return self._client

    def complete(self, system, prompt, temperature=0.2, json_mode=False, **kwargs):
        extra = {"response_format": {"type": "json_object"}} if json_mode else {}
        resp = self.client.chat.completions.create(
            model=kwargs.get("model", self.model),
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            temperature=temperature,
            **extra,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def embed(self, texts):
        resp = self.client.embeddings.create(
            model=get_setting("openai_embedding_model", "text-embedding-3-small"), input=list(texts)
        )
        return [item.embedding for item in resp.data]


class AnthropicProvider(BaseProvider):
    name = "anthropic"

    def __init__(self, client=None, model=None):
        self.client = client or clients.get_anthropic_client()
        self.model = model or get_setting("anthropic_model")

    def complete(self, system, prompt, temperature=0.2, max_tokens=2048, **kwargs):
        msg = self.client.messages.create(
            model=kwargs.get("model", self.model),
            max_tokens=max_tokens,
            system=system,
            temperature=temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, self.name, msg.model, msg.usage.input_tokens, msg.usage.output_tokens, msg)


class BedrockProvider(BaseProvider):
    name = "bedrock"

    def __init__(self, converse=None):
        self._converse = converse

    @property
    def converse(self):
        if self._converse is None:
            self._converse = BedrockConverse()
        return self._converse

    def complete(self, system, prompt, temperature=0.2, max_tokens=2048, **kwargs):
        text, usage = self.converse.converse(
            [{"role": "user", "content": prompt}], system=system, max_tokens=max_tokens, temperature=temperature
        )
        return Completion(
            text, self.name, self.converse.model_id, usage.get("inputTokens", 0), usage.get("outputTokens", 0)
        )


class MistralProvider(BaseProvider):
    name = "mistral"

    def __init__(self, client=None, model=None):
        self.client = client or clients.get_mistral_client()
        self.model = model or get_setting("mistral_model", "mistral-small-latest")

    def complete(self, system, prompt, temperature=0.2, json_mode=False, **kwargs):
        res = self.client.chat.complete(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            temperature=temperature,
            response_format={"type": "json_object"} if json_mode else None,
        )
        return Completion(
            res.choices[0].message.content,
            self.name,
            res.model,
            res.usage.prompt_tokens,
            res.usage.completion_tokens,
            res,
        )

    def embed(self, texts):
        res = self.client.embeddings.create(model="mistral-embed", inputs=list(texts))
        return [d.embedding for d in res.data]


class OllamaProvider(BaseProvider):
    """On-prem models; used for anything containing customer configs in the EU region."""

    name = "ollama"

    def __init__(self, client=None, model=None):
        self.client = client or clients.get_ollama_client()
        self.model = model or get_setting("ollama_model", "llama3.1:8b")

    def complete(self, system, prompt, temperature=0.2, json_mode=False, **kwargs):
        resp = self.client.chat(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            options={"temperature": temperature},
            format="json" if json_mode else "",
        )
        return Completion(
            resp["message"]["content"],
            self.name,
            self.model,
            resp.get("prompt_eval_count", 0),
            resp.get("eval_count", 0),
            resp,
        )

    def embed(self, texts):
        return self.client.embed(model="nomic-embed-text", input=list(texts))["embeddings"]


class ProviderRegistry:
    def __init__(self):
        self._factories = {}
        self._instances = {}

    def register(self, name, factory):
        self._factories[name] = factory
        self._instances.pop(name, None)

    def names(self):
        return sorted(self._factories)

    def get(self, name=None):
        name = name or default_provider()
        if name not in self._instances:
            try:
                factory = self._factories[name]
            except KeyError as exc:
                raise LookupError(f"Unknown LLM provider {name!r}; have {self.names()}") from exc
            self._instances[name] = factory()
            logger.debug("instantiated LLM provider %s", name)
        return self._instances[name]

    def reset(self):
        self._instances.clear()


registry = ProviderRegistry()
registry.register("openai", OpenAIProvider)
registry.register("anthropic", AnthropicProvider)
registry.register("bedrock", BedrockProvider)
registry.register("mistral", MistralProvider)
registry.register("ollama", OllamaProvider)


def get_provider(name=None):
    return registry.get(name)
