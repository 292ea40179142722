"""perplexityai 0.46 README (Stainless)."""
import asyncio
import os

from perplexity import AsyncPerplexity, Perplexity

client = Perplexity(api_key=os.environ.get("PERPLEXITY_API_KEY"))
search = client.search.create(query="latest AI developments 2024", max_results=5)  # bills: perplexity
completion = client.chat.completions.create(  # bills: perplexity
    messages=[{"role": "user", "content": "Tell me about the latest developments in AI"}],
    model="sonar",
)
response = client.responses.create(model="sonar", input="What is new in AI?")  # bills: perplexity
vectors = client.embeddings.create(input=["hello"], model="pplx-embed-v1-0.6b")  # bills: perplexity


async def main() -> None:
    async with AsyncPerplexity() as aclient:
        chunk = await aclient.chat.completions.create(  # bills: perplexity
            messages=[{"role": "user", "content": "Hi"}], model="sonar",
        )
        print(chunk.id)


asyncio.run(main())
