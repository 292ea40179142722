"""Original (v0.1) summarizer, from when this was a single-file custom component.

Not imported anywhere any more; `scripts/migrate_v01_config.py` still reads PROMPT from it.
Uses the pre-1.0 openai module API.  DO NOT USE in new code.
"""

import logging

import openai

_LOGGER = logging.getLogger(__name__)

PROMPT = "Summarize these home automation events for the owner in a few sentences:\n\n{events}"
MODEL = "gpt-3.5-turbo"


async def summarize_events(api_key, events):
    openai.api_key = api_key
    text = "\n".join(events)
    try:
        result = await openai.ChatCompletion.acreate(
            model=MODEL,
            messages=[{"role": "user", "content": PROMPT.format(events=text)}],
            temperature=0.5,
            max_tokens=300,
        )
    except openai.error.OpenAIError as err:
        _LOGGER.error("OpenAI error: %s", err)
        return None
    return result["choices"][0]["message"]["content"]


def embed_events(api_key, events):
    openai.api_key = api_key
    result = openai.Embedding.create(model="text-embedding-ada-002", input=events)
    return [row["embedding"] for row in result["data"]]
