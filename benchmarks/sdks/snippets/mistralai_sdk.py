"""mistralai 3.7 README: sync methods and *_async twins on the same client."""
import asyncio
import os

from mistralai.client import Mistral

with Mistral(api_key=os.getenv("MISTRAL_API_KEY", "")) as mistral:
    res = mistral.chat.complete(model="mistral-small-latest", messages=[{"content": "Hi", "role": "user"}])  # bills: mistral
    vectors = mistral.embeddings.create(model="mistral-embed", inputs=["Embed this sentence."])  # bills: mistral
    code = mistral.fim.complete(model="codestral-latest", prompt="def", suffix="return a+b")  # bills: mistral
    ocr = mistral.ocr.process(model="mistral-ocr-latest", document={"type": "document_url", "document_url": "u"})  # bills: mistral


async def main() -> None:
    async with Mistral(api_key=os.getenv("MISTRAL_API_KEY", "")) as mistral:
        reply = await mistral.chat.complete_async(model="mistral-small-latest", messages=[])  # bills: mistral
        print(reply)


asyncio.run(main())
