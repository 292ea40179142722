"""Background jobs run from the ZEO client 'worker' via collective.cron.

Each job opens its own event loop; Zope request threads never await.
"""
from acme.aiassist import logger
from acme.aiassist.clients import get_genai_client
from acme.aiassist.clients import get_openai_client
from acme.aiassist.prompts import SUMMARY_PROMPT
from acme.aiassist.prompts import truncate
from acme.aiassist.utilities import get_client
from acme.aiassist.prompts import content_text
from functools import partial
from plone import api

import asyncio


class SlugGenerator:
    """Builds short ids for digest items; unrelated to the models."""

    def __init__(self, prefix="digest"):
        self.prefix = prefix
        self.counter = 0

    def generate(self):
        self.counter += 1
        return "%s-%04d" % (self.prefix, self.counter)


def weekly_digest(portal_type="News Item", limit=20):
    """Compose the weekly newsletter intro from last week's news items."""
    brains = api.content.find(
        portal_type=portal_type, sort_on="effective", sort_order="reverse",
        sort_limit=limit,
    )[:limit]
    items = "\n".join("- {} ({})".format(b.Title, b.Description) for b in brains)
    ask = partial(
        get_openai_client().chat.completions.create,
        model="gpt-4o",
        temperature=0.7,
    )
    reply = ask(
        messages=[
            {"role": "system", "content": "You write a friendly newsletter intro."},
            {"role": "user", "content": items},
        ]
    )
    slugs = SlugGenerator()
    return {"id": slugs.generate(), "intro": reply.choices[0].message.content}


async def _summarize_many(objs, model="gemini-2.0-flash", concurrency=4):
    client = get_genai_client()
    semaphore = asyncio.Semaphore(concurrency)

    async def one(obj):
        async with semaphore:
            response = await asyncio.to_thread(
                client.models.generate_content,
                model=model,
                contents=SUMMARY_PROMPT.substitute(
                    max_words=40, title=obj.Title(), body=truncate(content_text(obj))
                ),
            )
            return obj, response.text

    return await asyncio.gather(*(one(o) for o in objs), return_exceptions=True)


def refresh_stale_summaries(days=90):
    brains = api.content.find(modified={"query": days, "range": "min"})
    objs = [b.getObject() for b in brains]
    for result in asyncio.run(_summarize_many(objs)):
        if isinstance(result, Exception):
            logger.warning("summary refresh failed: %s", result)
            continue
        obj, text = result
        obj.ai_summary = text


async def _async_tag_batch(objs):
    client = get_genai_client()
    tasks = [
        client.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents="Three keywords, comma separated:\n" + obj.Title(),
        )
        for obj in objs
    ]
    return await asyncio.gather(*tasks)


async def _classify_comments(texts):
    """Label reader feedback (praise / complaint / question) with Mistral."""
    mistral = get_client("mistral")
    labels = []
    for text in texts:
        res = await mistral.chat.complete_async(
            model="mistral-small-latest",
            messages=[
                {
                    "role": "user",
                    "content": "Answer with one word (praise, complaint, question):\n"
                    + text,
                }
            ],
            max_tokens=3,
        )
        labels.append(res.choices[0].message.content.strip().lower())
    return labels


def classify_feedback(folder_path="/feedback"):
    folder = api.content.get(path=folder_path)
    if folder is None:
        return {}
    items = folder.contentValues()
    labels = asyncio.run(_classify_comments([i.Description() for i in items]))
    return {item.getId(): label for item, label in zip(items, labels)}
