"""reka-api 3.2 README (Fern)."""
import asyncio

from reka import ChatMessage
from reka.client import AsyncReka, Reka

client = Reka(api_key="YOUR_API_KEY")
response = client.chat.create(  # bills: reka
    messages=[ChatMessage(content="What is the fifth prime number?", role="user")], model="reka-core-20240501",
)
for chunk in client.chat.create_stream(messages=[ChatMessage(content="Hi", role="user")], model="reka-flash"):  # bills: reka
    print(chunk)


async def main() -> None:
    aclient = AsyncReka(api_key="YOUR_API_KEY")
    reply = await aclient.chat.create(messages=[ChatMessage(content="Hi", role="user")], model="reka-core")  # bills: reka
    print(reply)


asyncio.run(main())
