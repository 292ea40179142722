"""Localised editions.

Three code paths because three people wrote them: DeepSeek through the
registry, Mistral through the worker-shared client, and the raw HTTP client for
the long sections that hit SDK timeouts.
"""
import logging

from huey import crontab

from newsletter.config import huey, settings
from newsletter.models import Issue, get_conn
from newsletter.prompts import TRANSLATE
from newsletter.providers import get_deepseek_client, registry
from newsletter.tasks.hooks import shared_http, shared_mistral, SHARED

log = logging.getLogger(__name__)

MISTRAL_MODEL = "mistral-large-latest"


@huey.task(retries=3, retry_delay=30)
def translate_intro(issue_id, locale):
    issue = Issue.get(issue_id)
    backend = registry.get("deepseek")
    text = backend.complete(TRANSLATE.format(locale=locale, text=issue.intro), max_tokens=900)
    return {"issue_id": issue_id, "locale": locale, "intro": text}


@huey.task(retries=3, retry_delay=30)
def translate_with_mistral(issue_id, locale):
    issue = Issue.get(issue_id)
    client = shared_mistral()
    res = client.chat.complete(
        model=MISTRAL_MODEL,
        messages=[
            {"role": "user", "content": TRANSLATE.format(locale=locale, text=issue.intro)}
        ],
        temperature=0.2,
    )
    return {"issue_id": issue_id, "locale": locale, "intro": res.choices[0].message.content}


def stream_translation(text, locale):
    stream = SHARED["mistral"].chat.stream(
        model=MISTRAL_MODEL,
        messages=[{"role": "user", "content": TRANSLATE.format(locale=locale, text=text)}],
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


@huey.task(retries=1, retry_delay=300)
def translate_long_sections(issue_id, locale):
    issue = Issue.get(issue_id)
    http = shared_http()
    out = []
    for article in issue.articles():
        data = http.send(
            [{"role": "user", "content": TRANSLATE.format(locale=locale, text=article.body)}],
            model=settings.summary_model,
            max_tokens=2000,
        )
        out.append(data["content"][0]["text"])
    return out


def glossary_check(term, locale):
    """DeepSeek directly; quick sanity check used by translators in the admin."""
    resp = get_deepseek_client().chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "You are a terminology assistant."},
            {"role": "user", "content": f"Standard {locale} translation of '{term}' in tech press?"},
        ],
        max_tokens=60,
    )
    return resp.choices[0].message.content.strip()


@huey.task()
def translate_issue(issue_id):
    """Fan out one task per locale; returns the result handles' ids."""
    handles = []
    for locale in settings.enabled_locales:
        if locale == "en":
            continue
        if locale in ("fr", "es"):
            handles.append(translate_with_mistral(issue_id, locale))
        else:
            handles.append(translate_intro(issue_id, locale))
    return [h.id for h in handles]


@huey.periodic_task(crontab(minute="15", hour="*/6"))
@huey.lock_task("translation-refresh")
def refresh_stale_translations():
    rows = get_conn().execute(
        "SELECT id FROM issues WHERE status = 'published' AND translated = 0"
    ).fetchall()
    for row in rows:
        translate_issue(row["id"])
    return len(rows)
