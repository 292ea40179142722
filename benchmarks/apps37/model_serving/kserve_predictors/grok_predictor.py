"""xAI Grok predictors (OpenAI-compatible API)."""
from __future__ import annotations

import os
from typing import Dict

from openai import AsyncOpenAI

from kserve_predictors.base import HostedLLMModel
from serving_common import get_xai_client, settings
from serving_common.metrics import observe


class GrokPredictor(HostedLLMModel):
    provider = "xai"

    def load(self) -> bool:
        self.client = get_xai_client()
        self.model = self.model or settings.grok_model
        self.ready = True
        return True

    def predict(self, payload, headers: Dict[str, str] = None):
        params = self.params(payload)
        answers = []
        for convo in self.extract_messages(payload):
            with observe("xai", self.model):
                completion = self.client.chat.completions.create(
                    model=self.model,
                    messages=convo,
                    max_tokens=params.get("max_tokens", 1024),
                )
            answers.append(completion.choices[0].message.content)
        return self.wrap(answers, payload)


class GrokVisionPredictor(HostedLLMModel):
    """Separate async client because vision requests are slow and we don't
    want them sharing the connection pool with text traffic."""

    provider = "xai"

    def load(self) -> bool:
        self.vision_client = AsyncOpenAI(
            api_key=os.environ["XAI_API_KEY"],
            base_url="https://api.x.ai/v1",
            timeout=120,
        )
        self.model = self.model or "grok-2-vision-1212"
        self.ready = True
        return True

    async def predict(self, payload, headers: Dict[str, str] = None):
        inst = payload["instances"][0]
        resp = await self.vision_client.chat.completions.create(
            model=self.model,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image_url", "image_url": {"url": inst["image_url"], "detail": "high"}},
                        {"type": "text", "text": inst.get("prompt", "Describe this image.")},
                    ],
                }
            ],
        )
        return {"predictions": [resp.choices[0].message.content]}
