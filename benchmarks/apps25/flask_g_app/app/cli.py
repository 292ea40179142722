"""Flask CLI commands (``flask --app wsgi <command>``)."""
from __future__ import annotations

import asyncio
import json
import pathlib
from collections import Counter

import click
from flask import current_app
from openai import OpenAI

from app.extensions import db, llm
from app.models import PolicyChunk, Ticket
from app.services.cost import calculate_cost
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils import chunk


def register(app):
    @app.cli.command("reindex-policies")
    @click.argument("folder", type=click.Path(exists=True, file_okay=False))
    @click.option("--batch", default=32, show_default=True)
    def reindex_policies(folder, batch):
        """Chunk and embed every policy markdown file in FOLDER."""
        factory = current_app.config["LLM_CLIENT_FACTORY"]
        client = factory.azure()
        PolicyChunk.query.delete()
        rows = []
        for path in sorted(pathlib.Path(folder).glob("*.md")):
            policy_id = path.stem.upper()
            title = path.read_text().splitlines()[0].lstrip("# ").strip()
            for piece in chunk(path.read_text()):
                rows.append(PolicyChunk(policy_id=policy_id, title=title, text=piece))
        for i in range(0, len(rows), batch):
            group = rows[i : i + batch]
            result = client.embeddings.create(
                model=factory.embed_deployment, input=[r.text for r in group]
            )
            for row, item in zip(group, result.data):
                row.embedding = item.embedding
        db.session.add_all(rows)
        db.session.commit()
        click.echo(f"indexed {len(rows)} chunks")

    @app.cli.command("smoke-test")
    @click.option("--model", default="openai/gpt-4o-mini")
    def smoke_test(model):
        """Checks the OpenRouter key works (used after key rotation)."""
        client = OpenAI(
            base_url="https://openrouter.ai/api/v1",
            api_key=current_app.config["OPENROUTER_API_KEY"],
        )
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Reply with the single word OK."}],
            max_tokens=3,
        )
        click.echo(f"{model}: {resp.choices[0].message.content!r}")

    @app.cli.command("usage-report")
    @click.argument("logfile", type=click.File())
    def usage_report(logfile):
        """Summarise usage JSON lines exported from the log pipeline."""
        totals = Counter()
        for line in logfile:
            rec = json.loads(line)
            totals[rec["model"]] += calculate_cost(rec["model"], rec["in"], rec["out"])
        for model, cost in totals.most_common():
            click.echo(f"{model:45s} ${cost:,.2f}")

    @app.cli.command("weekly-digest")
    def weekly_digest():
        """Summary of the week's tickets for the People leadership sync."""
        subjects = [t.subject for t in Ticket.query.order_by(Ticket.id.desc()).limit(200)]
        digest = asyncio.run(
            multi_model_service.generate_response(
                prompt="Group these HR ticket subjects into themes with counts:\n"
                + "\n".join(subjects),
                task_type="weekly_digest",
                complexity=TaskComplexity.STANDARD,
            )
        )
        click.echo(digest)

    @app.cli.command("tag-tickets")
    @click.option("--limit", default=100)
    def tag_tickets(limit):
        """Backfill free-form tags with Mistral (async, 8 at a time)."""
        client = llm.mistral
        model = current_app.config["MISTRAL_MODEL"]
        tickets = Ticket.query.filter(Ticket.category.is_(None)).limit(limit).all()
        sem = asyncio.Semaphore(8)

        async def tag_one(ticket):
            async with sem:
                res = await client.chat.complete_async(
                    model=model,
                    messages=[
                        {"role": "user", "content": "Give 3 comma-separated tags for: " + ticket.subject}
                    ],
                    max_tokens=20,
                )
                return ticket, res.choices[0].message.content

        async def run():
            return await asyncio.gather(*(tag_one(t) for t in tickets))

        for ticket, tags in asyncio.run(run()):
            click.echo(f"{ticket.id}\t{tags}")
