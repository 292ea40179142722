"""openrouter 1.3 README (Speakeasy): sync methods and their *_async twins on one object."""
import asyncio
import os

from openrouter import OpenRouter

with OpenRouter(api_key=os.getenv("OPENROUTER_API_KEY", "")) as open_router:
    res = open_router.chat.send(  # bills: openrouter
        messages=[{"role": "user", "content": "Hello, how are you?"}],
        model="anthropic/claude-4.5-sonnet",
    )
    answer = open_router.responses.send(  # bills: openrouter
        model="openai/gpt-4o", input="What changed in AI today?", stream=False,
    )
    vectors = open_router.embeddings.generate(input="hello", model="openai/text-embedding-3-small")  # bills: openrouter


async def main() -> None:
    async with OpenRouter(api_key=os.getenv("OPENROUTER_API_KEY", "")) as open_router:
        res = await open_router.chat.send_async(  # bills: openrouter
            messages=[{"role": "user", "content": "Hello, how are you?"}],
            model="anthropic/claude-4.5-sonnet",
        )
        print(res)


asyncio.run(main())
