# requirements:
# openai>=1.40
import asyncio
from typing import List

from f.common.llm import async_openai_from_resource
from f.common.resources import openai

SYSTEM = "Write a 3-sentence personalised cold email opener. No flattery, no buzzwords."
CONCURRENCY = 8


async def draft_one(client, sem: asyncio.Semaphore, prospect: dict, model: str) -> dict:
    async with sem:
        resp = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"Prospect: {prospect}"},
            ],
            max_tokens=200,
        )
    return {"email": prospect.get("email"), "opener": resp.choices[0].message.content}


async def run(prospects: List[dict], res: dict, model: str) -> List[dict]:
    client = async_openai_from_resource(res)
    sem = asyncio.Semaphore(CONCURRENCY)
    try:
        return await asyncio.gather(*(draft_one(client, sem, p, model) for p in prospects))
    finally:
        await client.close()


def main(prospects: List[dict], openai_res: openai, model: str = "gpt-4o"):
    if len(prospects) > 200:
        raise ValueError("split into batches of 200 in the flow")
    return asyncio.run(run(prospects, openai_res, model))
