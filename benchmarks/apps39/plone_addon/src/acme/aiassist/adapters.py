"""Adapters from content to AI helpers."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.interfaces import IKeywordExtractor
from acme.aiassist.interfaces import ISummarizer
from acme.aiassist.prompts import SUMMARY_PROMPT
from acme.aiassist.prompts import SUMMARY_SYSTEM
from acme.aiassist.prompts import TAGS_PROMPT
from acme.aiassist.prompts import truncate
from acme.aiassist.prompts import content_text
from plone.dexterity.interfaces import IDexterityContent
from zope.component import adapter
from zope.component import getUtility
from zope.interface import implementer

import json


@implementer(ISummarizer)
@adapter(IDexterityContent)
class ContentSummarizer:
    """Summarise a content item with the OpenAI utility."""

    provider_name = "openai"

    def __init__(self, context):
        self.context = context
        self.provider = getUtility(IAIClientProvider, name=self.provider_name)

    def summarize(self, max_words=60):
        body = truncate(content_text(self.context))
        if not body:
            return ""
        prompt = SUMMARY_PROMPT.substitute(
            max_words=max_words, title=self.context.Title(), body=body
        )
        response = self.provider.client.chat.completions.create(
            model=self.provider.default_model(),
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_words * 3,
        )
        return response.choices[0].message.content.strip()


@implementer(IKeywordExtractor)
@adapter(IDexterityContent)
class MistralKeywordExtractor:
    """Suggest Subject keywords (Mistral is cheap and good at this)."""

    def __init__(self, context):
        self.context = context
        self.client = getUtility(IAIClientProvider, name="mistral").client

    def keywords(self, limit=8):
        prompt = TAGS_PROMPT.substitute(
            limit=limit,
            title=self.context.Title(),
            body=truncate(content_text(self.context), 6000),
        )
        res = self.client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": prompt}],
            response_format={"type": "json_object"},
        )
        try:
            data = json.loads(res.choices[0].message.content)
        except (ValueError, TypeError):
            return []
        return [k.strip() for k in data.get("keywords", []) if k.strip()][:limit]
