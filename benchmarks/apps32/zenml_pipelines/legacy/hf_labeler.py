"""Zero-shot labelling with a self-hosted TGI endpoint (legacy experiment)."""

from __future__ import annotations

import asyncio
import os
from typing import List

from huggingface_hub import AsyncInferenceClient, InferenceClient

ENDPOINT = os.environ.get("TGI_ENDPOINT", "https://xyz.us-east-1.aws.endpoints.huggingface.cloud")


class TGILabeler:
    def __init__(self, endpoint: str = ENDPOINT):
        self.client = InferenceClient(model=endpoint, token=os.environ.get("HF_TOKEN"))

    def label(self, body: str, labels: List[str]) -> str:
        prompt = f"Ticket: {body}\nPossible labels: {', '.join(labels)}\nLabel:"
        text = self.client.text_generation(prompt, max_new_tokens=8, temperature=0.01)
        return text.strip().split()[0].lower() if text.strip() else "other"

    def healthy(self) -> bool:
        try:
            return self.client.health_check()
        except Exception:  # noqa: BLE001
            return False


async def label_many(bodies: List[str], labels: List[str]) -> List[str]:
    client = AsyncInferenceClient(model=ENDPOINT, token=os.environ.get("HF_TOKEN"))
    prompts = [f"Ticket: {b}\nPossible labels: {', '.join(labels)}\nLabel:" for b in bodies]
    outs = await asyncio.gather(*(client.text_generation(p, max_new_tokens=8) for p in prompts))
    return [o.strip().lower() for o in outs]
