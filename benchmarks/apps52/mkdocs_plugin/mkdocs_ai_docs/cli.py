"""``mkdocs-ai-docs`` command line: cache maintenance, dry runs, usage report."""

from __future__ import annotations

import json
import time
from pathlib import Path

import anthropic
import click
import yaml

from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.providers import available, clients, get_backend
from mkdocs_ai_docs.utils.costs import estimate_cost, format_cost


def _retry(fn, *args, attempts: int = 4, **kwargs):
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except (anthropic.RateLimitError, anthropic.APIConnectionError):
            if attempt == attempts - 1:
                raise
            time.sleep(2**attempt)


def _plugin_options(config_file: str) -> dict:
    with open(config_file, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    for entry in data.get("plugins", []):
        if isinstance(entry, dict) and "ai-docs" in entry:
            return entry["ai-docs"] or {}
    return {}


@click.group()
def cli() -> None:
    """Utilities for the mkdocs ai-docs plugin."""


@cli.command()
@click.option("--cache-dir", default=".cache/ai-docs", show_default=True)
@click.option("--max-age", default=90, show_default=True, help="days")
def prune(cache_dir: str, max_age: int) -> None:
    removed = ResponseCache(cache_dir).prune(max_age)
    click.echo(f"removed {removed} stale cache entries")


@cli.command()
@click.option("--cache-dir", default=".cache/ai-docs", show_default=True)
def usage(cache_dir: str) -> None:
    path = Path(cache_dir) / "usage.jsonl"
    if not path.exists():
        raise click.ClickException(f"no usage log at {path}")
    totals: dict[str, list[int]] = {}
    for line in path.read_text("utf-8").splitlines():
        rec = json.loads(line)
        t = totals.setdefault(rec["model"], [0, 0, 0])
        t[0] += 1
        t[1] += rec["input_tokens"]
        t[2] += rec["output_tokens"]
    for model, (calls, tin, tout) in sorted(totals.items()):
        cost = estimate_cost(model, tin, tout)
        click.echo(f"{model:32} {calls:5} calls {tin:9} in {tout:9} out  {format_cost(cost)}")


@cli.command()
@click.argument("page", type=click.Path(exists=True, dir_okay=False))
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True)
def preview(page: str, config_file: str) -> None:
    """Print the summary the plugin would generate for PAGE (no cache)."""
    opts = _plugin_options(config_file)
    provider = opts.get("provider", "openai")
    backend = get_backend(provider, model=opts.get("model") or "gpt-4o-mini")
    result = backend.complete(Path(page).read_text("utf-8"), system="Summarize this page in 60 words.")
    click.echo(result.text)
    click.echo(f"\n[{provider}] {result.input_tokens} in / {result.output_tokens} out", err=True)


@cli.command("translate")
@click.argument("page", type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", required=True)
def translate_cmd(page: str, lang: str) -> None:
    """One-off translation of PAGE with Claude (ignores the cache)."""
    client = clients.get_anthropic_client()
    message = _retry(
        client.messages.create,
        model="claude-3-7-sonnet-latest",
        max_tokens=8192,
        messages=[{"role": "user", "content": f"Translate into {lang}, keep Markdown:\n\n{Path(page).read_text('utf-8')}"}],
    )
    click.echo(message.content[0].text)


@cli.command("legacy-summarize")
@click.argument("page", type=click.Path(exists=True, dir_okay=False))
def legacy_summarize(page: str) -> None:
    from mkdocs_ai_docs.legacy.gpt_summarizer import summarize

    click.echo(summarize(Path(page).read_text("utf-8")))


@cli.command()
def providers() -> None:
    for name in available():
        click.echo(name)


if __name__ == "__main__":
    cli()
