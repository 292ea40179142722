"""``python -m mlserve.cli`` - operator tooling for the inference services."""

from __future__ import annotations

import json
import os
import sys
import time

import typer
from openai import OpenAI

from mlserve.clients import get_openai_client, get_voyage_client, reset_clients
from mlserve.config import get_settings, load_settings
from mlserve.costs import count_tokens, estimate_cost_usd
from mlserve.providers import CHAT_PROVIDERS, get_chat_provider
from mlserve.providers.bedrock_adapter import list_text_models

app = typer.Typer(help="ML platform inference tooling", no_args_is_help=True)
providers_app = typer.Typer(help="Inspect configured providers")
app.add_typer(providers_app, name="providers")


@app.callback()
def _main(env: str = typer.Option(None, help="config environment"), reload_secrets: bool = False) -> None:
    if env:
        os.environ["MLSERVE_ENV"] = env
        get_settings.cache_clear()
    if reload_secrets:
        reset_clients()


@providers_app.command("list")
def providers_list() -> None:
    for name in sorted(CHAT_PROVIDERS):
        typer.echo(name)


@providers_app.command("models")
def providers_models(provider: str = typer.Argument("openai")) -> None:
    if provider == "openai":
        models = [m.id for m in get_openai_client().models.list()]
    elif provider == "bedrock":
        models = list_text_models()
    else:
        typer.echo(f"model listing not implemented for {provider}", err=True)
        raise typer.Exit(2)
    typer.echo("\n".join(sorted(models)))


@app.command()
def ping(provider: str = "openai", prompt: str = "Reply with the word pong.") -> None:
    """Round-trip one tiny request through an adapter and print latency."""
    started = time.perf_counter()
    result = get_chat_provider(provider).complete([{"role": "user", "content": prompt}], max_tokens=5)
    elapsed = (time.perf_counter() - started) * 1000
    typer.echo(f"{provider}/{result.model}: {result.text!r} in {elapsed:.0f} ms")


@app.command()
def embed(text: str, model: str = "voyage-3", input_type: str = "query") -> None:
    result = get_voyage_client().embed([text], model=model, input_type=input_type)
    json.dump({"dims": len(result.embeddings[0]), "tokens": result.total_tokens}, sys.stdout)
    sys.stdout.write("\n")


@app.command("fw-chat")
def fireworks_chat(prompt: str, model: str = typer.Option(None)) -> None:
    """Quick manual check of a Fireworks model (bypasses the router)."""
    cfg = get_settings().fireworks
    client = OpenAI(base_url=cfg.base_url, api_key=os.environ["FIREWORKS_API_KEY"])
    resp = client.chat.completions.create(
        model=model or cfg.model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=256,
    )
    typer.echo(resp.choices[0].message.content)


@app.command()
def cost(path: str, model: str = "gpt-4o-mini", output_tokens: int = 300) -> None:
    """Estimate the cost of summarizing a file."""
    with open(path) as fh:
        text = fh.read()
    n = count_tokens(text, model)
    typer.echo(f"{n} input tokens -> ${estimate_cost_usd(model, n, output_tokens):.5f}")


@app.command("show-config")
def show_config(env: str = "dev") -> None:
    settings = load_settings(env)
    typer.echo(settings.model_dump_json(indent=2, exclude={"secrets"}))


if __name__ == "__main__":
    app()
