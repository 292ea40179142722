"""Tag suggestions.

Mistral is the default here (cheap and good at short JSON answers); the
"strict vocabulary" mode asks Claude because it follows the list better.
"""

import json

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.llm.clients import get_mistral_client, get_anthropic_client
from calibre_plugins.ai_book_assistant.llm.llm_usage_tracker import llm_tracker
from calibre_plugins.ai_book_assistant.llm.prompts import tag_messages, split_system


def _parse_tags(text, limit):
    text = text.strip()
    if text.startswith('```'):
        text = text.strip('`').lstrip('json').strip()
    try:
        tags = json.loads(text)
    except ValueError:
        tags = [t.strip(' "\'') for t in text.split(',')]
    if isinstance(tags, dict):
        tags = tags.get('tags', [])
    seen, out = set(), []
    for t in tags:
        t = str(t).strip()
        if t and t.lower() not in seen:
            seen.add(t.lower())
            out.append(t)
    return out[:limit]


class TagSuggester(object):

    def __init__(self, db, client=None):
        self.db = db
        self.client = client or get_mistral_client()
        self.limit = prefs['tag_limit']

    def vocabulary(self):
        return set(self.db.all_field_names('tags'))

    def suggest(self, mi):
        res = self.client.chat.complete(
            model=model_for('mistral'),
            messages=tag_messages(mi, self.limit, self.vocabulary()),
            response_format={'type': 'json_object'},
            temperature=0.2,
        )
        return _parse_tags(res.choices[0].message.content, self.limit)

    def suggest_strict(self, mi):
        system, rest = split_system(tag_messages(mi, self.limit, self.vocabulary()))
        system += '\nOnly use tags from the provided list.'
        client = get_anthropic_client()
        msg = client.messages.create(
            model=model_for('anthropic'), max_tokens=300, system=system, messages=rest)
        return [t for t in _parse_tags(msg.content[0].text, self.limit) if t in self.vocabulary()]

    async def suggest_tracked(self, mi):
        async with llm_tracker.track_llm_call(
            provider='mistral',
            model=model_for('mistral'),
            feature_context='tag_suggestions',
        ) as usage_log:
            res = await self.client.chat.complete_async(
                model=model_for('mistral'),
                messages=tag_messages(mi, self.limit, self.vocabulary()),
                response_format={'type': 'json_object'},
            )
            usage_log.input_tokens = res.usage.prompt_tokens
            usage_log.output_tokens = res.usage.completion_tokens
        return _parse_tags(res.choices[0].message.content, self.limit)


def merge_tags(existing, suggested):
    lower = {t.lower() for t in existing}
    return list(existing) + [t for t in suggested if t.lower() not in lower]
