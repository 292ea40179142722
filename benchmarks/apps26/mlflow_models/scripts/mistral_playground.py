"""Scratch script Priya uses to compare Mistral models on tricky OCR pages. Not in CI."""
import asyncio
import os
import sys

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def list_models():
    for m in client.models.list().data:
        print(m.id)


def embed_pages(pages):
    resp = client.embeddings.create(model="mistral-embed", inputs=pages)
    return [d.embedding for d in resp.data]


async def compare(page_md):
    prompts = [{"role": "user", "content": "Fix OCR errors, keep markdown:\n" + page_md}]
    small, large = await asyncio.gather(
        client.chat.complete_async(model="mistral-small-latest", messages=prompts),
        client.chat.complete_async(model="mistral-large-latest", messages=prompts),
    )
    return small.choices[0].message.content, large.choices[0].message.content


def stream_answer(question):
    for event in client.chat.stream(model="mistral-large-latest", messages=[{"role": "user", "content": question}]):
        delta = event.data.choices[0].delta.content
        if delta:
            print(delta, end="", flush=True)
    print()


if __name__ == "__main__":
    if sys.argv[1:] == ["models"]:
        list_models()
    else:
        a, b = asyncio.run(compare(open(sys.argv[1]).read()))
        print("=== small ===\n", a, "\n=== large ===\n", b)
