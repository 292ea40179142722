"""OpenAI / Azure OpenAI provider."""
import logging

import openai

from chalicelib.clients import get_azure_client, get_openai_client
from chalicelib.config import settings
from chalicelib.providers.base import Completion, LLMProvider, ProviderError

logger = logging.getLogger(__name__)


class OpenAIProvider(LLMProvider):
    name = "openai"

    def __init__(self, client=None, azure: bool = False):
        self.azure = azure
        if client is not None:
            self._client = client
        else:
            self._client = get_azure_client() if azure else get_openai_client()
        # Azure wants the *deployment* name where OpenAI wants the model name.
        self.default_model = settings.azure_deployment if azure else settings.openai_model

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        if system:
            messages = [{"role": "system", "content": system}, *messages]
        try:
            resp = self._client.chat.completions.create(
                model=model or self.default_model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except openai.RateLimitError as exc:
            raise ProviderError(self.name, "rate limited", 429) from exc
        except openai.APIError as exc:
            raise ProviderError(self.name, str(exc)) from exc
        choice = resp.choices[0]
        return Completion(
            text=choice.message.content or "",
            model=resp.model,
            provider="azure" if self.azure else self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            stop_reason=choice.finish_reason,
        )

    def respond(self, prompt: str, model: str | None = None, instructions: str | None = None) -> Completion:
        """Responses API path; only used by the /chat/respond experiment."""
        resp = self._client.responses.create(
            model=model or self.default_model,
            input=prompt,
            instructions=instructions,
        )
        return Completion(
            text=resp.output_text,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )

    def embed(self, texts, model=None):
        resp = self._client.embeddings.create(model=model or settings.embedding_model, input=texts)
        return [d.embedding for d in resp.data]

    def list_models(self) -> list[str]:
        return sorted(m.id for m in self._client.models.list())
