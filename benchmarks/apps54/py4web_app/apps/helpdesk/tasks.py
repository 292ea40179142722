"""Background jobs run by the py4web scheduler."""
import asyncio
import concurrent.futures
import datetime
import logging

from . import settings
from .common import anthropic_client, db, openai_client, scheduler, voyage_client
from .llm import llm_tracker
from .llm.clients import get_async_voyage, get_together
from .services.classifier import PriorityClassifier
from .services.drafting import Drafter
from .services.kb_embeddings import VoyageEmbedder, embed_article
from .services.search import find_snippets
from .services.summarizer import summarize_many, summarize_text

log = logging.getLogger("helpdesk.tasks")


def classify_new_tickets(limit=50):
    clf = PriorityClassifier(client=get_together())
    rows = db((db.ticket.status == "new") & (db.ticket.ai_priority == None)).select(  # noqa: E711
        limitby=(0, limit)
    )
    for t in rows:
        verdict = clf.classify(t.subject, t.body)
        t.update_record(ai_priority=verdict["priority"], ai_reason=verdict.get("reason"))
    db.commit()
    return len(rows)


def summarize_stale_tickets(hours=24):
    cutoff = datetime.datetime.utcnow() - datetime.timedelta(hours=hours)
    rows = db((db.ticket.status == "open") & (db.ticket.modified_on < cutoff)).select()
    for t in rows:
        comments = db(db.ticket_comment.ticket == t.id).select()
        text = t.body + "\n\n" + "\n".join(c.body for c in comments)
        t.update_record(summary=summarize_text(text))
    db.commit()
    return len(rows)


def pre_draft_p1(limit=10):
    """P1 tickets get a draft reply ready before an agent opens them."""
    drafter = Drafter(anthropic_client, model=settings.ANTHROPIC_MODEL)
    rows = db((db.ticket.ai_priority == "P1") & (db.ticket.status == "new")).select(limitby=(0, limit))
    for t in rows:
        if db(db.draft_reply.ticket == t.id).count():
            continue
        result = drafter.draft(t.as_dict(), find_snippets(db, t.subject))
        db.draft_reply.insert(ticket=t.id, provider="anthropic", model=result["model"], body=result.text)
    db.commit()
    return len(rows)


def embed_all_articles(force=False):
    embedder = VoyageEmbedder(client=voyage_client)
    q = db.kb_article.published == True  # noqa: E712
    if not force:
        q &= (db.kb_article.embedded_on == None) | (db.kb_article.embedded_on < db.kb_article.modified_on)  # noqa: E711
    n = 0
    for a in db(q).select(db.kb_article.id):
        n += embed_article(db, a.id, embedder=embedder)
    return n


async def _embed_titles_async(titles):
    vo = get_async_voyage()
    result = await vo.embed(titles, model=settings.VOYAGE_EMBED_MODEL, input_type="document")
    return result.embeddings


def embed_titles():
    """Title-only vectors for the autocomplete box."""
    rows = db(db.kb_article.published == True).select(db.kb_article.id, db.kb_article.title)  # noqa: E712
    vectors = asyncio.run(_embed_titles_async([r.title for r in rows]))
    return dict(zip([r.id for r in rows], vectors))


def weekly_digest():
    since = datetime.datetime.utcnow() - datetime.timedelta(days=7)
    rows = db(db.ticket.created_on >= since).select()
    lines = summarize_many([r.subject + "\n" + r.body for r in rows])
    body = "\n".join("- #%s %s" % (r.id, line) for r, line in zip(rows, lines))
    return body


def legacy_openai_embeddings(limit=200):
    """Old index kept for the intranet search widget; remove after Q3."""
    rows = db(db.kb_chunk.embed_model == None).select(limitby=(0, limit))  # noqa: E711
    texts = [r.text for r in rows]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(
                openai_client.embeddings.create,
                model=settings.OPENAI_EMBED_MODEL,
                input=texts[i : i + 50],
            )
            for i in range(0, len(texts), 50)
        ]
        vectors = []
        for f in futures:
            vectors.extend(d.embedding for d in f.result().data)
    for r, v in zip(rows, vectors):
        r.update_record(embedding=v, embed_model="openai:%s" % settings.OPENAI_EMBED_MODEL)
    db.commit()
    return len(rows)


async def _tracked_nightly_summary(text):
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=settings.ANTHROPIC_FAST_MODEL, feature_context="nightly_summary"
    ) as usage_log:
        msg = await asyncio.to_thread(
            anthropic_client.messages.create,
            model=settings.ANTHROPIC_FAST_MODEL,
            max_tokens=400,
            messages=[{"role": "user", "content": "Summarise the day's tickets:\n\n" + text}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def nightly_summary():
    since = datetime.datetime.utcnow() - datetime.timedelta(days=1)
    rows = db(db.ticket.created_on >= since).select()
    text = "\n".join("#%s [%s] %s" % (r.id, r.priority, r.subject) for r in rows)
    return asyncio.run(_tracked_nightly_summary(text))


if scheduler:
    scheduler.register_task("classify_new_tickets", classify_new_tickets)
    scheduler.register_task("summarize_stale_tickets", summarize_stale_tickets)
    scheduler.register_task("pre_draft_p1", pre_draft_p1)
    scheduler.register_task("embed_all_articles", embed_all_articles)
    scheduler.register_task("embed_titles", embed_titles)
    scheduler.register_task("weekly_digest", weekly_digest)
    scheduler.register_task("legacy_openai_embeddings", legacy_openai_embeddings)
    scheduler.register_task("nightly_summary", nightly_summary)
