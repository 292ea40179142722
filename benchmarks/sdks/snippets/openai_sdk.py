"""openai 3.57 README."""
import asyncio

from openai import AsyncOpenAI, OpenAI

client = OpenAI()
response = client.responses.create(model="gpt-4o", instructions="Talk like a pirate.", input="Hi")  # bills: openai
completion = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])  # bills: openai
vectors = client.embeddings.create(model="text-embedding-3-small", input="hello")  # bills: openai
image = client.images.generate(model="gpt-image-1", prompt="a cat")  # bills: openai
speech = client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="hi")  # bills: openai
models = client.models.list()


async def main() -> None:
    aclient = AsyncOpenAI()
    reply = await aclient.responses.create(model="gpt-4o", input="Explain disestablishmentarianism")  # bills: openai
    print(reply.output_text)


asyncio.run(main())
