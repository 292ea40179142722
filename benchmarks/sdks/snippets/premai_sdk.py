"""premai 0.18 README (Stainless): chat.completions is a method."""
import asyncio
import os

from premai import AsyncPremAI, PremAI

client = PremAI(api_key=os.environ.get("PREMAI_API_KEY"))
response = client.chat.completions(messages=[{"role": "user", "content": "Hi"}], model="llama3.2-3b")  # bills: premai


async def main() -> None:
    aclient = AsyncPremAI()
    reply = await aclient.chat.completions(messages=[{"role": "user", "content": "Hi"}], model="llama3.2-3b")  # bills: premai
    print(reply)


asyncio.run(main())
