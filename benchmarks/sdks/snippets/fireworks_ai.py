"""fireworks-ai 1.2 README (Stainless)."""
import asyncio
import os

from fireworks import AsyncFireworks, Fireworks

client = Fireworks(api_key=os.environ.get("FIREWORKS_API_KEY"))
completion = client.chat.completions.create(  # bills: fireworks
    messages=[{"role": "user", "content": "How do LLMs work?"}],
    model="accounts/fireworks/models/kimi-k2-instruct-0905",
)
text = client.completions.create(  # bills: fireworks
    prompt="Once upon a time", model="accounts/fireworks/models/llama-v3p1-8b-instruct",
)
datasets = client.datasets.list()


async def main() -> None:
    aclient = AsyncFireworks()
    stream = await aclient.chat.completions.create(  # bills: fireworks
        messages=[{"role": "user", "content": "How do LLMs work?"}],
        model="accounts/fireworks/models/kimi-k2-instruct-0905", stream=True,
    )
    async for chunk in stream:
        print(chunk)


asyncio.run(main())
