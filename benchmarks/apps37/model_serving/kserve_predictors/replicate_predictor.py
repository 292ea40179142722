"""Replicate predictors: open-weights LLMs and SDXL image generation."""
from __future__ import annotations

import base64
import logging
from typing import Dict

import httpx
import replicate

from kserve_predictors.base import HostedLLMModel
from serving_common import get_replicate_client

logger = logging.getLogger(__name__)

LLAMA = "meta/meta-llama-3-8b-instruct"
SDXL = "stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc"


class ReplicateLlamaPredictor(HostedLLMModel):
    provider = "replicate"

    def load(self) -> bool:
        # module-level client reads REPLICATE_API_TOKEN from the env
        self.model = self.model or LLAMA
        self.ready = True
        return True

    def predict(self, payload, headers: Dict[str, str] = None):
        params = self.params(payload)
        outputs = []
        for prompt in self.extract_prompts(payload):
            chunks = replicate.run(
                self.model,
                input={
                    "prompt": prompt,
                    "max_new_tokens": params.get("max_tokens", 512),
                    "temperature": params.get("temperature", 0.6),
                },
            )
            outputs.append("".join(chunks))
        return self.wrap(outputs, payload)


class ReplicateStreamingPredictor(ReplicateLlamaPredictor):
    async def predict(self, payload, headers: Dict[str, str] = None):
        prompt = self.extract_prompts(payload)[0]
        pieces = []
        async for event in replicate.async_stream(self.model, input={"prompt": prompt}):
            pieces.append(str(event))
        return self.wrap(["".join(pieces)], payload)


class SDXLPredictor(HostedLLMModel):
    """Async prediction + polling; images come back as URLs which we inline."""

    provider = "replicate"

    def load(self) -> bool:
        self.rc = get_replicate_client()
        self.model = self.model or SDXL
        self.ready = True
        return True

    def predict(self, payload, headers: Dict[str, str] = None):
        images = []
        version = self.model.split(":", 1)[1]
        for prompt in self.extract_prompts(payload):
            prediction = self.rc.predictions.create(version=version, input={"prompt": prompt, "num_outputs": 1})
            prediction.wait()
            if prediction.status != "succeeded":
                raise RuntimeError(f"replicate prediction {prediction.id} {prediction.status}: {prediction.error}")
            url = prediction.output[0]
            # downloading the output image is not a model call
            png = httpx.get(url, timeout=30).content
            images.append(base64.b64encode(png).decode())
        return self.wrap(images, payload)

    def cancel(self, prediction_id: str) -> None:
        self.rc.predictions.cancel(prediction_id)
