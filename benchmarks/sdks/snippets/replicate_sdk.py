"""replicate 1.0 README: module functions bound to a default client, and a Client of one's own."""
import asyncio

import replicate
from replicate.client import Client

outputs = replicate.run(  # bills: replicate
    "black-forest-labs/flux-schnell", input={"prompt": "astronaut riding a rocket like a horse"},
)
for event in replicate.stream("meta/meta-llama-3-70b-instruct", input={"prompt": "A haiku about llamas."}):  # bills: replicate
    print(str(event), end="")
prediction = replicate.predictions.create(  # bills: replicate
    model="meta/meta-llama-3-70b-instruct", input={"prompt": "A haiku about llamas."}, stream=True,
)
model = replicate.models.get("kvfrans/clipdraw")
pages = replicate.predictions.list()

own = Client(api_token="r8_...")
image = own.run("stability-ai/sdxl", input={"prompt": "a cat"})  # bills: replicate


async def main() -> None:
    result = await replicate.async_run("stability-ai/sdxl", input={"prompt": "unicorns"})  # bills: replicate
    print(result)


asyncio.run(main())
