import os
import time

from mistralai import Mistral

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.types import Completion, Prompt


@register_adapter("mistral")
class MistralAdapter(ModelAdapter):
    def __init__(self, spec):
        super().__init__(spec)
        self._client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    def _payload(self, prompt: Prompt) -> dict:
        payload = {
            "model": self.model,
            "messages": prompt.as_openai_messages(),
            "temperature": self.temperature(prompt),
            "max_tokens": self.max_tokens(prompt),
        }
        if prompt.stop:
            payload["stop"] = prompt.stop
        if "random_seed" in self.spec.params:
            payload["random_seed"] = self.spec.params["random_seed"]
        return payload

    @staticmethod
    def _completion(res, elapsed: float) -> Completion:
        choice = res.choices[0]
        content = choice.message.content
        if isinstance(content, list):  # magistral returns thinking chunks
            content = "".join(getattr(c, "text", "") for c in content)
        return Completion(
            text=content or "",
            model=res.model,
            input_tokens=res.usage.prompt_tokens or 0,
            output_tokens=res.usage.completion_tokens or 0,
            latency_s=elapsed,
            finish_reason=str(choice.finish_reason),
        )

    def generate(self, prompt: Prompt) -> Completion:
        start = time.monotonic()
        res = self._client.chat.complete(**self._payload(prompt))
        return self._completion(res, time.monotonic() - start)

    async def agenerate(self, prompt: Prompt) -> Completion:
        start = time.monotonic()
        res = await self._client.chat.complete_async(**self._payload(prompt))
        return self._completion(res, time.monotonic() - start)
