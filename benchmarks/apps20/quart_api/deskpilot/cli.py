"""``quart llm ...`` maintenance commands."""
from __future__ import annotations

import asyncio
import json

import click
import cohere
from quart import current_app
from quart.cli import with_appcontext

from .clients import get_deepseek_client
from .services.embeddings import EmbeddingService
from .services.background import reembed_articles
from .repositories import ArticleRepository


@click.group("llm")
def llm_cli() -> None:
    """LLM maintenance commands."""


@llm_cli.command("ping")
@with_appcontext
def ping() -> None:
    """Check each provider key by listing models (free)."""
    async def _run():
        oa = await current_app.openai_client.models.list()
        click.echo(f"openai: {len(oa.data)} models")
        ds = await get_deepseek_client().models.list()
        click.echo(f"deepseek: {[m.id for m in ds.data]}")
    asyncio.run(_run())


@llm_cli.command("reembed")
@with_appcontext
def reembed() -> None:
    async def _run():
        repo = ArticleRepository(current_app.extensions["db_pool"])
        n = await reembed_articles(repo)
        click.echo(f"re-embedded {n} articles")
    asyncio.run(_run())


@llm_cli.command("eval-rerank")
@click.argument("golden", type=click.File("r"))
@click.option("--model", default="rerank-english-v3.0")
def eval_rerank(golden, model: str) -> None:
    """Offline rerank eval: golden file is JSONL of {query, docs, relevant}."""
    co = cohere.ClientV2()
    hits = total = 0
    for line in golden:
        case = json.loads(line)
        res = co.rerank(model=model, query=case["query"], documents=case["docs"], top_n=1)
        hits += int(res.results[0].index == case["relevant"])
        total += 1
    click.echo(f"top-1 accuracy: {hits / max(total, 1):.3f} ({total} cases)")


@llm_cli.command("compare-embeddings")
@click.argument("text")
@with_appcontext
def compare_embeddings(text: str) -> None:
    async def _run():
        svc = EmbeddingService(current_app.openai_client, current_app.extensions["cohere"])
        a = await svc.embed([text], backend="openai")
        b = await svc.embed([text], backend="cohere")
        click.echo(f"openai dim={len(a[0])} cohere dim={len(b[0])}")
    asyncio.run(_run())


@llm_cli.command("smoke")
@with_appcontext
def smoke() -> None:
    """One real completion per provider - costs a few cents."""
    async def _run():
        r = await get_deepseek_client().chat.completions.create(
            model="deepseek-chat", messages=[{"role": "user", "content": "Say OK"}], max_tokens=2
        )
        click.echo(f"deepseek: {r.choices[0].message.content}")
        az = current_app.extensions["azure_openai"]
        r2 = await az.chat.completions.create(
            model=current_app.config["AZURE_CHAT_DEPLOYMENT"],
            messages=[{"role": "user", "content": "Say OK"}],
            max_tokens=2,
        )
        click.echo(f"azure: {r2.choices[0].message.content}")
    asyncio.run(_run())
