"""mixedbread 0.54 README and docs: embed and rerank are methods of the client itself."""
import asyncio

from mixedbread import AsyncMixedbread, Mixedbread

client = Mixedbread(api_key="MXBAI_API_KEY")
res = client.embed(model="mixedbread-ai/mxbai-embed-large-v1", input=["I like to eat apples."])  # bills: mixedbread
ranked = client.rerank(model="mixedbread-ai/mxbai-rerank-large-v2", query="q", input=["a", "b"])  # bills: mixedbread
store = client.stores.create()


async def main() -> None:
    aclient = AsyncMixedbread()
    vectors = await aclient.embed(model="mixedbread-ai/mxbai-embed-large-v1", input=["hello"])  # bills: mixedbread
    print(vectors)


asyncio.run(main())
