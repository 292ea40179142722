"""Evol-Instruct style instruction evolution (async, Anthropic)."""
from __future__ import annotations

import asyncio
import logging
import random

from anthropic import AsyncAnthropic

log = logging.getLogger(__name__)

EVOLUTIONS = {
    "deepen": "Rewrite the instruction so it requires deeper reasoning, keeping it answerable.",
    "constrain": "Add one realistic constraint or requirement to the instruction.",
    "concretize": "Replace general concepts in the instruction with more specific ones.",
    "breadth": "Write a brand-new instruction in the same domain but on a rarer topic.",
}


class Evolver:
    def __init__(self, client: AsyncAnthropic, model: str = "claude-3-5-sonnet-20241022",
                 concurrency: int = 8, seed: int = 0) -> None:
        self.client = client
        self.model = model
        self.sem = asyncio.Semaphore(concurrency)
        self.rng = random.Random(seed)

    async def evolve_once(self, instruction: str) -> str | None:
        op = self.rng.choice(list(EVOLUTIONS))
        async with self.sem:
            msg = await self.client.messages.create(
                model=self.model,
                max_tokens=600,
                temperature=1.0,
                system="You rewrite instructions for a dataset. Output only the new instruction.",
                messages=[{"role": "user", "content": f"{EVOLUTIONS[op]}\n\n#Instruction#\n{instruction}"}],
            )
        text = msg.content[0].text.strip()
        return text or None

    async def evolve(self, seeds: list[str], rounds: int = 3) -> list[str]:
        pool = list(seeds)
        current = list(seeds)
        for r in range(rounds):
            evolved = await asyncio.gather(*(self.evolve_once(s) for s in current), return_exceptions=True)
            current = [e for e in evolved if isinstance(e, str)]
            log.info("round %d: %d evolved", r, len(current))
            pool.extend(current)
        return pool
