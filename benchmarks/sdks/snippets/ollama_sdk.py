"""ollama 0.6 README: module functions and clients (billable against ollama.com)."""
import asyncio

import ollama
from ollama import AsyncClient, Client, chat

response = chat(model="gemma3", messages=[{"role": "user", "content": "Why is the sky blue?"}])  # bills: ollama
vectors = ollama.embed(model="embeddinggemma", input="The sky is blue because of rayleigh scattering")  # bills: ollama
client = Client(host="https://ollama.com", headers={"Authorization": "Bearer key"})
reply = client.chat(model="gpt-oss:120b", messages=[])  # bills: ollama
text = client.generate(model="gemma3", prompt="Why is the sky blue?")  # bills: ollama


async def main() -> None:
    answer = await AsyncClient().chat(model="gemma3", messages=[])  # bills: ollama
    print(answer)


asyncio.run(main())
