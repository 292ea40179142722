"""Generic 'summarise this thread' helper used by several skills."""
import functools
import logging

from .formatting import shorten
from .tokens import count_message_tokens

_LOGGER = logging.getLogger(__name__)

THREAD_SYSTEM = "Summarise this chat thread for someone who missed it. Decisions first, then open questions."


def _as_messages(thread):
    lines = "\n".join(f"{m['user']}: {m['text']}" for m in thread)
    return [
        {"role": "system", "content": THREAD_SYSTEM},
        {"role": "user", "content": lines},
    ]


async def summarise_thread(client, thread, model="gpt-4o-mini"):
    """``client`` is an AsyncOpenAI; see skills.common.clients."""
    messages = _as_messages(thread)
    _LOGGER.debug("thread summary prompt ~%s tokens", count_message_tokens(messages, model))
    create = functools.partial(client.chat.completions.create, model=model, temperature=0)
    response = await create(messages=messages, max_tokens=400)
    return response.choices[0].message.content


async def headline(client, text):
    """One-line headline, used for status page titles."""
    response = await client.responses.create(
        model="gpt-4o-mini",
        instructions="Write a status page headline under 70 characters. No trailing period.",
        input=shorten(text, 4000),
    )
    return response.output_text.strip()
