"""Topic classification of incoming articles."""
import logging

from newsletter.config import huey
from newsletter.models import Article
from newsletter.prompts import CLASSIFY
from newsletter.providers import get_cohere_client, get_mistral_client
from newsletter.utils.text import strip_html
from newsletter.utils.tokens import truncate_to_tokens

log = logging.getLogger(__name__)

LABELS = ["ai", "security", "infrastructure", "frontend", "data", "career", "other"]


def _normalise(label):
    label = (label or "").strip().lower().strip(".")
    return label if label in LABELS else "other"


@huey.task(retries=2, retry_delay=15, context=True)
def classify_article(article_id, task=None):
    article = Article.get(article_id)
    text = truncate_to_tokens(strip_html(article.body), 1500)
    co = get_cohere_client()
    try:
        res = co.chat(
            model="command-r-08-2024",
            messages=[
                {"role": "user", "content": CLASSIFY.format(labels=", ".join(LABELS), text=text)}
            ],
            temperature=0.0,
        )
        article.category = _normalise(res.message.content[0].text)
    except Exception:
        if task is not None and task.retries == 0:
            log.warning("cohere failed for %s, last attempt via mistral", article_id)
            article.category = classify_with_mistral(text)
        else:
            raise
    article.save()
    return article.category


def classify_with_mistral(text):
    res = get_mistral_client().chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": CLASSIFY.format(labels=", ".join(LABELS), text=text)}],
        temperature=0.0,
        max_tokens=5,
    )
    return _normalise(res.choices[0].message.content)


@huey.task()
def embed_for_clustering(texts):
    res = get_mistral_client().embeddings.create(model="mistral-embed", inputs=texts)
    return [d.embedding for d in res.data]
