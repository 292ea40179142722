"""cerebras-cloud-sdk 1.91 README (Stainless)."""
import asyncio
import os

from cerebras.cloud.sdk import AsyncCerebras, Cerebras

client = Cerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))
chat_completion = client.chat.completions.create(  # bills: cerebras
    messages=[{"role": "user", "content": "Why is fast inference important?"}], model="llama3.1-8b",
)
completion = client.completions.create(prompt="It was a dark and stormy ", max_tokens=100, model="llama3.1-8b")  # bills: cerebras


async def main() -> None:
    aclient = AsyncCerebras()
    reply = await aclient.chat.completions.create(  # bills: cerebras
        messages=[{"role": "user", "content": "Why is fast inference important?"}], model="llama3.1-8b",
    )
    print(reply)


asyncio.run(main())
