"""litellm 1.110 README."""
import asyncio

import litellm
from litellm import Router, acompletion, completion

response = completion(model="openai/gpt-4o", messages=[{"content": "Hello", "role": "user"}])  # bills: litellm
vectors = litellm.embedding(model="text-embedding-3-small", input=["hi"])  # bills: litellm
router = Router(model_list=[])
routed = router.completion(model="gpt-4o", messages=[])  # bills: litellm


async def main() -> None:
    reply = await acompletion(model="anthropic/claude-sonnet-4-5", messages=[])  # bills: litellm
    print(reply)


asyncio.run(main())
