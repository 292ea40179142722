"""portkey-ai 2.3 README: the gateway client, OpenAI-shaped."""
import asyncio

from portkey_ai import AsyncPortkey, Portkey

portkey = Portkey(api_key="PORTKEY_API_KEY", virtual_key="VIRTUAL_KEY")
chat_completion = portkey.chat.completions.create(  # bills: portkey
    messages=[{"role": "user", "content": "Say this is a test"}], model="gpt-4o",
)
vectors = portkey.embeddings.create(input="hello", model="text-embedding-3-small")  # bills: portkey


async def main() -> None:
    aportkey = AsyncPortkey(api_key="PORTKEY_API_KEY", virtual_key="VIRTUAL_KEY")
    reply = await aportkey.chat.completions.create(  # bills: portkey
        messages=[{"role": "user", "content": "Say this is a test"}], model="gpt-4o",
    )
    print(reply)


asyncio.run(main())
