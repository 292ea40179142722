"""Redline suggestions on a Fireworks-hosted Llama (cheap, good enough for first drafts)."""
from __future__ import annotations

from typing import AsyncIterator

from lexbrief.clients import FireworksClient
from lexbrief.clients.fireworks import LLAMA_70B
from lexbrief.models import RedlineRequest

SYSTEM = (
    "You draft contract redlines. Given a clause and the side we represent, return the revised clause "
    "only, using [+added+] and [-removed-] markup."
)


class RedlineService:
    def __init__(self, fireworks: FireworksClient) -> None:
        self.fireworks = fireworks

    async def suggest(self, req: RedlineRequest) -> str:
        resp = await self.fireworks.chat.completions.create(
            model=LLAMA_70B,
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"We represent the {req.position}.\n\nClause:\n{req.clause_text}"},
            ],
            temperature=0.3,
            max_tokens=1200,
        )
        return resp.choices[0].message.content or ""

    async def suggest_stream(self, req: RedlineRequest) -> AsyncIterator[str]:
        stream = await self.fireworks.chat.completions.create(
            model=LLAMA_70B,
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"We represent the {req.position}.\n\nClause:\n{req.clause_text}"},
            ],
            temperature=0.3,
            max_tokens=1200,
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
