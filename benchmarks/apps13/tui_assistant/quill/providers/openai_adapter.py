from __future__ import annotations

import logging
from typing import Iterator, List, Optional

from quill.models import clients
from quill.providers import ProviderAdapter, register

log = logging.getLogger(__name__)


@register("openai")
class OpenAIAdapter(ProviderAdapter):
    """Chat Completions for most models; Responses API for reasoning models."""

    def __init__(self, model):
        super().__init__(model)
        self.client = self._make_client()

    def _make_client(self):
        return clients.openai_client()

    def _chat_params(self, messages: List[dict], temperature: Optional[float]):
        params = dict(model=self.model.name, messages=messages)
        if temperature is not None:
            params["temperature"] = temperature
        effort = self.settings.extra_params.get("reasoning_effort")
        if effort:
            params["reasoning_effort"] = effort
        return params

    def _record(self, usage) -> None:
        if usage is None:
            return
        self.last_usage = {"input": usage.prompt_tokens, "output": usage.completion_tokens}

    def complete(self, messages: List[dict], temperature: Optional[float] = None) -> str:
        if self.settings.use_responses_api:
            return self._complete_responses(messages)
        completion = self.client.chat.completions.create(**self._chat_params(messages, temperature))
        self._record(completion.usage)
        return completion.choices[0].message.content or ""

    def _complete_responses(self, messages: List[dict]) -> str:
        instructions, rest = self.split_system(messages)
        response = self.client.responses.create(
            model=self.model.name,
            instructions=instructions or None,
            input=rest,
            reasoning={"effort": self.settings.extra_params.get("reasoning_effort", "medium")},
            max_output_tokens=self.settings.max_output_tokens,
        )
        self.last_usage = {
            "input": response.usage.input_tokens,
            "output": response.usage.output_tokens,
        }
        return response.output_text

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        if self.settings.use_responses_api:
            # reasoning summaries aren't worth streaming; fake it
            yield self._complete_responses(messages)
            return
        params = self._chat_params(messages, temperature)
        params["stream"] = True
        params["stream_options"] = {"include_usage": True}
        for chunk in self.client.chat.completions.create(**params):
            if chunk.usage:
                self._record(chunk.usage)
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
