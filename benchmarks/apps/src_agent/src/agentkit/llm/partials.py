"""Pre-configured completion functions, so call sites only pass messages."""
from functools import partial

import litellm

fast_completion = partial(litellm.completion, model="gpt-4o-mini", temperature=0)
smart_completion = partial(litellm.acompletion, model="claude-sonnet-4-5", max_tokens=4096)
embed = partial(litellm.embedding, model="text-embedding-3-small")


def yes_no(question: str) -> bool:
    response = fast_completion(messages=[{"role": "user", "content": f"Answer yes or no: {question}"}])
    return response.choices[0].message.content.strip().lower().startswith("yes")
