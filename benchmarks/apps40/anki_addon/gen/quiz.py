"""Multiple-choice distractors and semantic grouping (experimental)."""
from __future__ import annotations

import asyncio
import json
import random
from typing import List

from openai import AsyncOpenAI

from ..core import get_async_openai_client, get_openai_client
from ..core.config import get


class DistractorMaker:
    def __init__(self, client: AsyncOpenAI | None = None, model: str | None = None) -> None:
        self._client = client or get_async_openai_client()
        self._model = model or get("openai_model", "gpt-4o-mini")

    async def distractors(self, front: str, back: str, n: int = 3) -> List[str]:
        completion = await self._client.chat.completions.create(
            model=self._model,
            messages=[
                {
                    "role": "user",
                    "content": f"Question: {front}\nCorrect answer: {back}\n"
                    f"Give {n} plausible but wrong answers as a JSON list of strings.",
                }
            ],
            response_format={"type": "json_object"},
        )
        try:
            data = json.loads(completion.choices[0].message.content)
        except (TypeError, ValueError):
            return []
        if isinstance(data, dict):
            data = next(iter(data.values()), [])
        return [str(x) for x in data][:n]

    async def many(self, pairs):
        return await asyncio.gather(*(self.distractors(f, b) for f, b in pairs))


def shuffle_options(back: str, wrong: List[str], seed: int | None = None) -> List[str]:
    options = wrong + [back]
    random.Random(seed).shuffle(options)
    return options


async def embed_fronts(fronts: List[str]) -> List[List[float]]:
    client = get_openai_client()
    resp = await asyncio.to_thread(
        client.embeddings.create, model="text-embedding-3-small", input=fronts
    )
    return [d.embedding for d in resp.data]
