"""`models` and `cache` groups - inspection/admin helpers. None of these run a model."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import click
import litellm

from datalingo.clients import get_bedrock_control
from datalingo.context import AppContext, pass_app
from datalingo.io import get_field, load_records
from datalingo.services.llm_usage_tracker import llm_tracker


@click.group()
def models():
    """List models, count tokens, estimate costs."""


@models.command("list")
@click.option("--vendor", type=click.Choice(["openai", "bedrock", "all"]), default="all")
@pass_app
def list_models(app: AppContext, vendor):
    if vendor in {"openai", "all"} and app.clients.openai is not None:
        click.secho("openai", bold=True)
        for m in app.clients.openai.models.list():
            click.echo(f"  {m.id}")
    if vendor in {"bedrock", "all"}:
        click.secho("bedrock", bold=True)
        resp = get_bedrock_control(app.settings.aws_region).list_foundation_models(byOutputModality="TEXT")
        for summary in resp["modelSummaries"]:
            click.echo(f"  {summary['modelId']}")


@models.command("providers")
@pass_app
def show_providers(app: AppContext):
    for name, provider in sorted(app.providers.items()):
        info = provider.describe()
        click.echo(f"{name:10s} {info['model']:45s} embeddings={info['embeddings']} streaming={info['streaming']}")


@models.command("count-tokens")
@click.argument("input_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--field", "-f", "field_name", required=True)
@click.option("--model", default="gpt-4o-mini")
@click.option("--price-per-mtok", type=float, default=None, help="Override litellm's price table.")
def count_tokens(input_path, field_name, model, price_per_mtok):
    """Estimate tokens (and input cost) for a dataset before running it."""
    total = 0
    for rec in load_records(input_path):
        total += litellm.token_counter(model=model, text=str(get_field(rec, field_name) or ""))
    if price_per_mtok is not None:
        cost = total / 1_000_000 * price_per_mtok
    else:
        prompt_cost, _ = litellm.cost_per_token(model=model, prompt_tokens=total, completion_tokens=0)
        cost = prompt_cost
    click.echo(f"{total} tokens, ~${cost:.2f} input cost for {model}")


@models.command("claude-tokens")
@click.argument("text")
@pass_app
def claude_tokens(app: AppContext, text):
    """Exact Claude token count via the count_tokens endpoint (free)."""
    result = app.clients.anthropic.messages.count_tokens(
        model=app.settings.anthropic_model,
        messages=[{"role": "user", "content": text}],
    )
    click.echo(result.input_tokens)


@models.command("usage-report")
@click.option("--log", "log_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
def usage_report(log_path):
    """Summarise the tracked usage log by feature and model, with cost estimates."""
    log_path = log_path or llm_tracker.path
    totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"calls": 0, "in": 0, "out": 0})
    with log_path.open() as fh:
        for line in fh:
            entry = json.loads(line)
            key = (entry["feature_context"], entry["model"])
            totals[key]["calls"] += 1
            totals[key]["in"] += entry["input_tokens"]
            totals[key]["out"] += entry["output_tokens"]

    grand = 0.0
    for (feature, model), t in sorted(totals.items()):
        try:
            p_cost, c_cost = litellm.cost_per_token(model=model, prompt_tokens=t["in"], completion_tokens=t["out"])
        except Exception:  # unknown model in litellm's price map
            p_cost = c_cost = 0.0
        grand += p_cost + c_cost
        click.echo(
            f"{feature:28s} {model:45s} calls={t['calls']:6d} in={t['in']:9d} out={t['out']:8d} ${p_cost + c_cost:8.2f}"
        )
    click.echo(f"total ${grand:.2f}")


# --- cache ---------------------------------------------------------------------------


@click.group()
def cache():
    """Manage the local response cache."""


@cache.command("stats")
@pass_app
def cache_stats(app: AppContext):
    for k, v in app.cache.stats().items():
        click.echo(f"{k}: {v}")


@cache.command("clear")
@click.confirmation_option(prompt="Delete all cached responses?")
@pass_app
def cache_clear(app: AppContext):
    removed = app.cache.clear()
    click.echo(f"removed {removed} entries")
