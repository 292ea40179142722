from __future__ import annotations

import os
import time

import replicate

from datalingo.providers.base import Completion, Provider, ProviderError

LLAMA_PROMPT_TEMPLATE = (
    "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n{system_prompt}<|eot_id|>"
    "<|start_header_id|>user<|end_header_id|>\n\n{prompt}<|eot_id|>"
    "<|start_header_id|>assistant<|end_header_id|>\n\n"
)


class ReplicateProvider(Provider):
    name = "replicate"

    def __init__(self, model: str, api_token: str | None = None, poll_interval: float = 1.5):
        super().__init__(model)
        self.client = replicate.Client(api_token=api_token or os.environ.get("REPLICATE_API_TOKEN"))
        self.poll_interval = poll_interval

    def _input(self, prompt: str, system: str | None, max_tokens: int, temperature: float) -> dict:
        return {
            "prompt": prompt,
            "system_prompt": system or "You are a helpful assistant.",
            "prompt_template": LLAMA_PROMPT_TEMPLATE,
            "max_new_tokens": max_tokens,
            "temperature": max(temperature, 0.01),  # replicate rejects 0
        }

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        output = self.client.run(self.model, input=self._input(prompt, system, max_tokens, temperature))
        # language models on replicate return an iterator of string pieces
        text = output if isinstance(output, str) else "".join(output)
        return Completion(text=text, model=self.model, provider=self.name, latency_s=self._clock() - start)

    def submit(self, prompt: str, system: str | None = None, max_tokens: int = 512):
        """Fire-and-forget prediction, used by the batch mode of `summarise`."""
        return self.client.predictions.create(
            model=self.model,
            input=self._input(prompt, system, max_tokens, 0.2),
        )

    def wait(self, prediction, timeout: float = 600) -> str:
        deadline = time.monotonic() + timeout
        while prediction.status not in {"succeeded", "failed", "canceled"}:
            if time.monotonic() > deadline:
                prediction.cancel()
                raise ProviderError(f"prediction {prediction.id} timed out")
            time.sleep(self.poll_interval)
            prediction.reload()
        if prediction.status != "succeeded":
            raise ProviderError(f"prediction {prediction.id} {prediction.status}: {prediction.error}")
        return "".join(prediction.output or [])

    def model_info(self) -> dict:
        owner, name = self.model.split("/", 1)
        m = self.client.models.get(f"{owner}/{name}")
        return {"name": m.name, "owner": m.owner, "runs": m.run_count}
