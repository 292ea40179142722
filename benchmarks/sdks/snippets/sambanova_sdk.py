"""sambanova 1.13 README (Stainless)."""
import asyncio
import os

from sambanova import AsyncSambaNova, SambaNova

client = SambaNova(api_key=os.environ.get("SAMBANOVA_API_KEY"))
completion = client.chat.completions.create(  # bills: sambanova
    messages=[{"role": "user", "content": "Hello"}], model="Meta-Llama-3.3-70B-Instruct",
)
response = client.responses.create(model="Meta-Llama-3.3-70B-Instruct", input="Hello")  # bills: sambanova
vectors = client.embeddings.create(model="E5-Mistral-7B-Instruct", input="hello")  # bills: sambanova


async def main() -> None:
    aclient = AsyncSambaNova()
    reply = await aclient.chat.completions.create(  # bills: sambanova
        messages=[{"role": "user", "content": "Hello"}], model="Meta-Llama-3.3-70B-Instruct",
    )
    print(reply)


asyncio.run(main())
