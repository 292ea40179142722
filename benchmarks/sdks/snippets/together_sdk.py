"""together 3.1 README (Stainless)."""
import asyncio

from together import AsyncTogether, Together

client = Together()
response = client.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[])  # bills: together
text = client.completions.create(model="meta-llama/Llama-2-70b-hf", prompt="New York City is")  # bills: together
vectors = client.embeddings.create(model="BAAI/bge-base-en-v1.5", input="hello")  # bills: together
image = client.images.generate(prompt="space robots", model="black-forest-labs/FLUX.1-schnell", steps=4)  # bills: together
ranked = client.rerank.create(model="Salesforce/Llama-Rank-V1", query="q", documents=["a"])  # bills: together


async def main() -> None:
    aclient = AsyncTogether()
    reply = await aclient.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[])  # bills: together
    print(reply)


asyncio.run(main())
