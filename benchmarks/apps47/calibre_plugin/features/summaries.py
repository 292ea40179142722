"""Book summaries.

Short summaries go through the OpenAI Responses API; the "deep" summary
(which also reads the first chapters of the book) uses Claude because of
the longer context window. When the user enabled the tracking service in
the preferences we route through multi_model_service instead.
"""

import asyncio
import logging

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.llm import (
    get_openai_client, get_anthropic_client, summary_messages)
from calibre_plugins.ai_book_assistant.llm.multi_model_service import (
    multi_model_service, TaskComplexity)
from calibre_plugins.ai_book_assistant.llm.prompts import SYSTEM_LIBRARIAN, book_context, split_system

log = logging.getLogger(__name__)


def _tracked_summary(mi, words):
    prompt = ('Write a spoiler-free summary of this book in at most %d words.\n\n%s'
              % (words, book_context(mi)))
    return asyncio.run(multi_model_service.generate_response(
        prompt=prompt,
        task_type='summary',
        complexity=TaskComplexity.SIMPLE,
        system_prompt=SYSTEM_LIBRARIAN,
    ))


def short_summary(mi, words=None):
    words = words or prefs['summary_words']
    if prefs['use_tracking_service']:
        return _tracked_summary(mi, words)

    client = get_openai_client()
    msgs = summary_messages(mi, words)
    response = client.responses.create(
        model=model_for('openai'),
        instructions=msgs[0]['content'],
        input=msgs[1]['content'],
        max_output_tokens=words * 3,
    )
    log.debug('summary for %r used %s tokens', mi.title, response.usage.total_tokens)
    return response.output_text.strip()


def deep_summary(mi, excerpt, words=None):
    """Summary that also reads the opening of the book text."""
    words = words or prefs['summary_words']
    system, rest = split_system(summary_messages(mi, words, excerpt=excerpt))
    message = get_anthropic_client().messages.create(
        model=model_for('anthropic'),
        max_tokens=1024,
        system=system,
        messages=rest,
    )
    return ''.join(b.text for b in message.content if b.type == 'text').strip()


async def short_summaries_tracked(books, words=None):
    """Used by the bulk dialog when tracking is on."""
    words = words or prefs['summary_words']
    out = {}
    for book_id, mi in books:
        out[book_id] = await multi_model_service.generate_response(
            prompt='Summarise in %d words:\n\n%s' % (words, book_context(mi)),
            task_type='summary',
            complexity=TaskComplexity.SIMPLE,
        )
    return out
