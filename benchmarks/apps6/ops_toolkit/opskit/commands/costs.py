from __future__ import annotations

import datetime as dt

import click
import litellm
import replicate
from dashscope import get_tokenizer
from sqlalchemy import func

from opskit.context import OpsContext
from opskit.db import LlmUsageLog, session_scope


@click.group(name="costs")
def group() -> None:
    """Model usage and cost reporting."""


@group.command("usage")
@click.option("--days", default=7, show_default=True)
@click.pass_obj
def usage(ops: OpsContext, days: int) -> None:
    """Token usage per model for the last DAYS days (from the usage log)."""
    since = dt.datetime.utcnow() - dt.timedelta(days=days)
    with session_scope() as session:
        rows = (
            session.query(
                LlmUsageLog.model,
                func.sum(LlmUsageLog.input_tokens),
                func.sum(LlmUsageLog.output_tokens),
            )
            .filter(LlmUsageLog.created_at >= since)
            .group_by(LlmUsageLog.model)
            .all()
        )
    report = {}
    for model, prompt_tokens, completion_tokens in rows:
        try:
            cost = litellm.completion_cost(
                model=model, prompt_tokens=prompt_tokens or 0, completion_tokens=completion_tokens or 0
            )
        except Exception:
            cost = None
        report[model] = {"in": prompt_tokens, "out": completion_tokens, "usd": cost}
    ops.emit(report)


@group.command("estimate")
@click.argument("textfile", type=click.File("r"))
@click.option("--model", default="gpt-4o-mini")
def estimate(textfile, model: str) -> None:
    """Estimate prompt tokens for a file before sending it anywhere."""
    text = textfile.read()
    tokens = litellm.token_counter(model=model, text=text)
    click.echo(f"{model}: ~{tokens} tokens")
    if model.startswith("qwen"):
        qwen_tokens = len(get_tokenizer("qwen-7b-chat").encode(text))
        click.echo(f"qwen tokenizer: {qwen_tokens} tokens")


@group.command("models")
@click.option("--provider", type=click.Choice(["openrouter", "replicate"]), default="openrouter")
@click.pass_obj
def models(ops: OpsContext, provider: str) -> None:
    """List models available to us (for picking defaults)."""
    if provider == "openrouter":
        for model in ops.openrouter.models.list():
            click.echo(model.id)
    else:
        info = replicate.models.get("meta/meta-llama-3-70b-instruct")
        click.echo(f"{info.owner}/{info.name}: {info.description}")
