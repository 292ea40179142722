"""Event subscribers: summarise and index new content."""
from acme.aiassist import logger
from acme.aiassist.behavior import IAISummary
from acme.aiassist.clients import get_openai_client
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.interfaces import IAISummarized
from acme.aiassist.prompts import SUMMARY_PROMPT
from acme.aiassist.prompts import SUMMARY_SYSTEM
from acme.aiassist.prompts import truncate
from acme.aiassist.settings import get_setting
from acme.aiassist.utilities import get_client
from acme.aiassist.prompts import content_text
from concurrent.futures import ThreadPoolExecutor
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility
from zope.component import queryUtility
from zope.interface import alsoProvides


EMBEDDING_KEY = "acme.aiassist.embedding"

# shared pool: embeddings are computed off the request thread
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="aiassist-embed")


def _should_summarize(obj):
    if not get_setting("summarize_on_add", False):
        return False
    types = get_setting("summarize_portal_types", []) or []
    if obj.portal_type not in types:
        return False
    behavior = IAISummary(obj, None)
    return behavior is not None and not behavior.ai_summary_locked


def summarize_on_add(obj, event):
    """IObjectAddedEvent handler for dexterity content."""
    if not _should_summarize(obj):
        return
    body = truncate(content_text(obj))
    if len(body.split()) < 40:
        return
    provider = getUtility(IAIClientProvider, name="anthropic")
    try:
        message = provider.client.messages.create(
            model=provider.default_model(),
            max_tokens=300,
            system=SUMMARY_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": SUMMARY_PROMPT.substitute(
                        max_words=60, title=obj.Title(), body=body
                    ),
                }
            ],
        )
    except Exception:
        logger.exception("AI summary failed for %s", obj.absolute_url())
        return
    behavior = IAISummary(obj)
    behavior.ai_summary = message.content[0].text.strip()
    behavior.ai_summary_model = message.model
    alsoProvides(obj, IAISummarized)
    obj.reindexObject(idxs=["object_provides"])


def index_embedding_on_add(obj, event):
    """Store a Mistral embedding in an annotation for the similar-items view."""
    provider = queryUtility(IAIClientProvider, name="mistral")
    if provider is None:
        return
    text = truncate(content_text(obj), 8000)
    if not text:
        return
    res = provider.client.embeddings.create(model="mistral-embed", inputs=[text])
    IAnnotations(obj)[EMBEDDING_KEY] = list(res.data[0].embedding)


def _store_openai_embedding(uid, future):
    try:
        result = future.result()
    except Exception:
        logger.warning("embedding failed for %s", uid, exc_info=True)
        return
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.get(UID=uid)
        if obj is not None:
            IAnnotations(obj)[EMBEDDING_KEY + ".openai"] = result.data[0].embedding


def index_openai_embedding_on_modify(obj, event):
    """IObjectModifiedEvent: refresh the OpenAI embedding in the background."""
    text = truncate(content_text(obj), 8000)
    if not text:
        return
    client = get_openai_client()
    uid = api.content.get_uuid(obj)
    future = _pool.submit(
        client.embeddings.create,
        model=get_setting("openai_embedding_model", "text-embedding-3-small"),
        input=text,
    )
    future.add_done_callback(lambda f: _store_openai_embedding(uid, f))


def teaser_on_publish(obj, event):
    """IActionSucceededEvent: write a social media teaser when published."""
    if event.action != "publish":
        return
    if getattr(obj, "social_teaser", None):
        return
    client = get_client("openrouter")
    completion = client.chat.completions.create(
        model="mistralai/mistral-nemo",
        messages=[
            {
                "role": "system",
                "content": "Write one engaging sentence (max 200 chars) for social media.",
            },
            {"role": "user", "content": truncate(content_text(obj), 3000)},
        ],
        max_tokens=80,
    )
    obj.social_teaser = completion.choices[0].message.content.strip()
