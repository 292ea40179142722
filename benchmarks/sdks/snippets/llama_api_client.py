"""llama-api-client 0.6 README (Stainless): Meta's Llama API."""
import asyncio
import os

from llama_api_client import AsyncLlamaAPIClient, LlamaAPIClient

client = LlamaAPIClient(api_key=os.environ.get("LLAMA_API_KEY"))
response = client.chat.completions.create(  # bills: meta_llama
    messages=[{"content": "string", "role": "user"}], model="Llama-4-Maverick-17B-128E-Instruct-FP8",
)
verdict = client.moderations.create(messages=[{"content": "string", "role": "user"}])  # moderation bills nothing


async def main() -> None:
    aclient = AsyncLlamaAPIClient()
    reply = await aclient.chat.completions.create(  # bills: meta_llama
        messages=[{"content": "string", "role": "user"}], model="Llama-4-Maverick-17B-128E-Instruct-FP8",
    )
    print(reply)


asyncio.run(main())
