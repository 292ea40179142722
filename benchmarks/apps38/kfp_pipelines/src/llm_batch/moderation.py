"""Pre-filter for user-generated text before it goes into any prompt."""

from __future__ import annotations

from llm_batch.clients import get_openai

BLOCK_CATEGORIES = {"sexual/minors", "self-harm/instructions", "violence/graphic"}


def flag_texts(texts: list[str]) -> list[bool]:
    client = get_openai()
    flags: list[bool] = []
    for start in range(0, len(texts), 32):
        batch = texts[start : start + 32]
        result = client.moderations.create(model="omni-moderation-latest", input=batch)
        for item in result.results:
            cats = {k for k, v in item.categories.model_dump(by_alias=True).items() if v}
            flags.append(bool(cats & BLOCK_CATEGORIES))
    return flags
