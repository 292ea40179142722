"""xai-sdk 1.21 README: a two-step Chat object (create builds it locally, sample/stream call Grok)."""
import asyncio

from xai_sdk import AsyncClient, Client
from xai_sdk.chat import image, system, user

client = Client()
chat = client.chat.create(model="grok-4.6", messages=[system("You are a pirate assistant.")])
chat.append(user("Hello"))
response = chat.sample()  # bills: xai
chat.append(response)
for response, chunk in chat.stream():  # bills: xai
    print(chunk.content, end="")

chat = client.chat.create(model="grok-4.6")
chat.append(user("Which animal looks happier?", image("https://example.com/puppy.jpg")))
print(chat.sample().content)  # bills: xai

video = client.video.generate(  # bills: xai
    prompt="A serene lake at sunrise", model="grok-imagine-video", duration=5,
)
longer = client.video.extend(prompt="Zoom out", model="grok-imagine-video", video_url=video.url)  # bills: xai
picture = client.image.sample(prompt="A cat in a tree", model="grok-imagine-image")  # bills: xai


async def main() -> None:
    aclient = AsyncClient()
    achat = aclient.chat.create(model="grok-4.6", messages=[system("You are a pirate assistant.")])
    achat.append(user("Hello"))
    reply = await achat.sample()  # bills: xai
    print(reply.content)


asyncio.run(main())
