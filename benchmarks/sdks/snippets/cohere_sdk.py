"""cohere 7.3 README (Fern)."""
import asyncio

import cohere

co = cohere.ClientV2()
response = co.chat(model="command-a-03-2025", messages=[{"role": "user", "content": "hello world!"}])  # bills: cohere
vectors = co.embed(texts=["hello"], model="embed-v4.0", input_type="search_document", embedding_types=["float"])  # bills: cohere
ranked = co.rerank(model="rerank-v3.5", query="q", documents=["a", "b"])  # bills: cohere
for event in co.chat_stream(model="command-a-03-2025", messages=[]):  # bills: cohere
    print(event)


async def main() -> None:
    aco = cohere.AsyncClientV2()
    reply = await aco.chat(model="command-a-03-2025", messages=[])  # bills: cohere
    print(reply)


asyncio.run(main())
