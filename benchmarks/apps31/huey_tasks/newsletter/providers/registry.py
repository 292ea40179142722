"""Name -> backend registry so tasks can pick a provider from config/admin.

Started by Priya as the "one place to switch models" refactor; only the
summarise and translate tasks use it so far, the rest still grab clients
directly from ``newsletter.providers``.
"""
import json
import logging

from newsletter.providers.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_deepseek_client,
    get_mistral_client,
    get_openai_client,
)

log = logging.getLogger(__name__)


class ChatBackend:
    name = "base"

    def __init__(self, client, default_model):
        self.client = client
        self.default_model = default_model

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        raise NotImplementedError


class OpenAIBackend(ChatBackend):
    name = "openai"

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=0.3,
        )
        return resp.choices[0].message.content


class AnthropicBackend(ChatBackend):
    name = "anthropic"

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        kwargs = {}
        if system:
            kwargs["system"] = system
        msg = self.client.messages.create(
            model=model or self.default_model,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class MistralBackend(ChatBackend):
    name = "mistral"

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        res = self.client.chat.complete(
            model=model or self.default_model, messages=messages, max_tokens=max_tokens
        )
        return res.choices[0].message.content


class CohereBackend(ChatBackend):
    name = "cohere"

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        res = self.client.chat(
            model=model or self.default_model, messages=messages, max_tokens=max_tokens
        )
        return res.message.content[0].text


class BedrockBackend(ChatBackend):
    name = "bedrock"

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        request = {
            "modelId": model or self.default_model,
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.3},
        }
        if system:
            request["system"] = [{"text": system}]
        out = self.client.converse(**request)
        return out["output"]["message"]["content"][0]["text"]


class ProviderRegistry:
    def __init__(self):
        self._factories = {}
        self._backends = {}

    def register(self, name, factory):
        self._factories[name] = factory

    def get(self, name):
        if name not in self._backends:
            try:
                factory = self._factories[name]
            except KeyError:
                raise KeyError(f"unknown provider {name!r}; have {sorted(self._factories)}")
            self._backends[name] = factory()
            log.info("initialised provider backend %s", name)
        return self._backends[name]

    def names(self):
        return sorted(self._factories)

    def describe(self):
        return json.dumps({n: type(self.get(n)).__name__ for n in self.names()})


registry = ProviderRegistry()
registry.register("openai", lambda: OpenAIBackend(get_openai_client(), "gpt-4o-mini"))
registry.register(
    "anthropic", lambda: AnthropicBackend(get_anthropic_client(), "claude-3-5-haiku-latest")
)
registry.register("mistral", lambda: MistralBackend(get_mistral_client(), "mistral-small-latest"))
registry.register("cohere", lambda: CohereBackend(get_cohere_client(), "command-r-plus-08-2024"))
registry.register("deepseek", lambda: OpenAIBackend(get_deepseek_client(), "deepseek-chat"))
registry.register(
    "bedrock",
    lambda: BedrockBackend(get_bedrock_runtime(), "anthropic.claude-3-haiku-20240307-v1:0"),
)
