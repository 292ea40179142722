"""Smoke-test the HF Inference endpoint used by hf_classifier (run in CI nightly)."""
import asyncio
import os
import sys

from huggingface_hub import AsyncInferenceClient

MODEL = os.getenv("HF_MODEL", "meta-llama/Meta-Llama-3.1-8B-Instruct")


async def main() -> int:
    client = AsyncInferenceClient(token=os.getenv("HF_TOKEN"), timeout=30)
    out = await client.chat_completion(
        messages=[{"role": "user", "content": "Reply with the single word: pong"}],
        model=MODEL,
        max_tokens=5,
    )
    text = out.choices[0].message.content.strip().lower()
    print("chat:", text)

    pieces = []
    async for tok in await client.text_generation("The capital of France is", model=MODEL, max_new_tokens=5, stream=True):
        pieces.append(tok)
    print("stream:", "".join(pieces))
    return 0 if "pong" in text else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
