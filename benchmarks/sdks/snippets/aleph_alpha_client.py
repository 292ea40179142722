"""aleph-alpha-client 11.5 README."""
import asyncio
import os

from aleph_alpha_client import AsyncClient, Client, CompletionRequest, Prompt

client = Client(token=os.environ["AA_TOKEN"], host="https://inference-api.pharia.your-company.com")
request = CompletionRequest(prompt=Prompt.from_text("Provide a short description of AI:"), maximum_tokens=64)
response = client.complete(request, model="pharia-1-llm-7b-control")  # bills: aleph_alpha


async def main() -> None:
    async with AsyncClient(token=os.environ["AA_TOKEN"], host="https://inference-api.pharia.your-company.com") as aclient:
        reply = await aclient.complete(request, model="pharia-1-llm-7b-control")  # bills: aleph_alpha
        print(reply.completions[0].completion)
        async for item in aclient.complete_with_streaming(request, model="pharia-1-llm-7b-control"):  # bills: aleph_alpha
            print(item)


asyncio.run(main())
