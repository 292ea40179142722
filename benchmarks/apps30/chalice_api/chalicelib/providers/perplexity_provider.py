"""Perplexity (search-grounded answers) through the OpenAI SDK."""
from chalicelib.clients import get_perplexity_client
from chalicelib.config import settings
from chalicelib.providers.base import Completion, LLMProvider

_client = get_perplexity_client()


class PerplexityProvider(LLMProvider):
    name = "perplexity"
    default_model = settings.perplexity_model

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        if system:
            messages = [{"role": "system", "content": system}, *messages]
        resp = _client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        citations = getattr(resp, "citations", None) or []
        return Completion(
            text=resp.choices[0].message.content,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw={"citations": citations},
        )
