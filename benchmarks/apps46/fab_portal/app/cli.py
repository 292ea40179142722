import asyncio
import json
import logging

import click
from flask import current_app

from . import app, appbuilder, db
from .ai import get_anthropic_client, get_cohere_client, registry
from .ai.classifier import classify_with_examples
from .ai.costs import completion_cost
from .ai.embeddings import embed_documents
from .models import KnowledgeRecord, LLMUsageLog, Ticket
from .services.llm_usage_tracker import llm_tracker
from .services.ticket_service import get_classifier

log = logging.getLogger(__name__)


@app.cli.group("ai")
def ai_cli():
    """AI maintenance commands."""


@ai_cli.command("reembed")
@click.option("--batch-size", default=48, show_default=True)
def reembed(batch_size):
    """Recompute Cohere embeddings for all non-archived records."""
    q = db.session.query(KnowledgeRecord).filter(KnowledgeRecord.archived.is_(False))
    batch = []
    for rec in q.yield_per(batch_size):
        batch.append(rec)
        if len(batch) == batch_size:
            _embed_batch(batch)
            batch = []
    if batch:
        _embed_batch(batch)
    db.session.commit()


def _embed_batch(records):
    vectors = embed_documents([f"{r.title}\n\n{r.body or ''}" for r in records])
    for rec, vec in zip(records, vectors):
        rec.embedding = vec


@ai_cli.command("triage-backlog")
@click.option("--limit", default=200)
@click.option("--dry-run", is_flag=True)
def triage_backlog(limit, dry_run):
    clf = get_classifier()
    tickets = db.session.query(Ticket).filter(Ticket.status == "new").limit(limit).all()
    for t in tickets:
        label = clf.classify(t.subject, t.body)
        click.echo(f"#{t.id}\t{label}\t{t.subject[:60]}")
        if not dry_run:
            t.category, t.status = label, "triaged"
    if not dry_run:
        db.session.commit()


@ai_cli.command("cohere-triage")
@click.argument("examples_file", type=click.File())
def cohere_triage(examples_file):
    examples = [tuple(x) for x in json.load(examples_file)]
    tickets = db.session.query(Ticket).filter(Ticket.status == "new").limit(96).all()
    labels = classify_with_examples([t.body for t in tickets], examples)
    for t, label in zip(tickets, labels):
        click.echo(f"#{t.id}\t{label}")


@ai_cli.command("ping")
@click.option("--provider", type=click.Choice(["openai", "anthropic", "gemini", "cohere", "mistral"]))
def ping(provider):
    """Smoke-test a provider from the registry."""
    names = [provider] if provider else registry.names()
    for name in names:
        try:
            out = registry.complete(name, "Reply with the single word: pong")
            click.secho(f"{name}: {out.strip()[:40]}", fg="green")
        except Exception as exc:  # noqa: BLE001
            click.secho(f"{name}: {exc}", fg="red")


@ai_cli.command("release-notes")
@click.argument("changelog", type=click.File())
def release_notes(changelog):
    """Turn a raw changelog into customer-facing release notes."""
    client = get_anthropic_client()

    async def _run():
        async with llm_tracker.track_llm_call(
            provider="anthropic", model="claude-3-5-sonnet-latest", feature_context="release_notes"
        ) as usage_log:
            msg = client.messages.create(
                model="claude-3-5-sonnet-latest",
                max_tokens=2000,
                messages=[{"role": "user", "content": "Rewrite as release notes:\n\n" + changelog.read()}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    click.echo(asyncio.run(_run()))


@ai_cli.command("faq")
@click.option("--category", required=True)
def faq(category):
    """Draft an FAQ page from the records in a category (Cohere)."""
    recs = (
        db.session.query(KnowledgeRecord)
        .join(KnowledgeRecord.category)
        .filter_by(name=category)
        .all()
    )
    co = get_cohere_client()
    for event in co.chat_stream(
        model="command-r-08-2024",
        messages=[
            {
                "role": "user",
                "content": "Write an FAQ from these notes:\n\n" + "\n\n".join(r.body or "" for r in recs)[:50000],
            }
        ],
    ):
        if event.type == "content-delta":
            click.echo(event.delta.message.content.text, nl=False)
    click.echo()


@ai_cli.command("costs")
@click.option("--days", default=7)
def costs(days):
    import datetime

    since = datetime.datetime.utcnow() - datetime.timedelta(days=days)
    rows = db.session.query(LLMUsageLog).filter(LLMUsageLog.created_on >= since).all()
    total = sum(completion_cost(r.model, r.input_tokens, r.output_tokens) for r in rows)
    click.echo(f"{len(rows)} calls, ${total:.2f} in the last {days} days")


@app.cli.command("create-agent")
@click.argument("username")
@click.argument("email")
@click.password_option()
def create_agent(username, email, password):
    sm = appbuilder.sm
    user = sm.add_user(username, username, "", email, sm.find_role("Agent"), password)
    click.echo("created" if user else "failed")
