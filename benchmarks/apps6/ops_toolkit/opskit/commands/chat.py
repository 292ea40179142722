from __future__ import annotations

import json
import sys
from typing import List

import click
import litellm
import replicate

from opskit.context import OpsContext
from opskit.router import RouterHolder

OPEN_WEIGHTS = {
    "llama3-70b": "meta/meta-llama-3-70b-instruct",
    "llama3-8b": "meta/meta-llama-3-8b-instruct",
}


@click.group(name="chat")
def group() -> None:
    """Quick model access from the terminal: chat, one-shot prompts, embeddings."""


@group.command("repl")
@click.option("--model", default="openrouter/openai/gpt-4o-mini", show_default=True)
@click.option("--system", default="You are a helpful assistant for an operations team.")
@click.pass_obj
def repl(ops: OpsContext, model: str, system: str) -> None:
    """Multi-turn chat in the terminal. Ctrl-D to exit."""
    history = [{"role": "system", "content": system}]
    while True:
        try:
            user = click.prompt(click.style("you", fg="cyan"), prompt_suffix="> ")
        except (EOFError, click.exceptions.Abort):
            click.echo()
            return
        history.append({"role": "user", "content": user})
        reply = []
        for chunk in litellm.completion(model=model, messages=history, stream=True):
            piece = chunk.choices[0].delta.content or ""
            reply.append(piece)
            click.echo(piece, nl=False)
        click.echo()
        history.append({"role": "assistant", "content": "".join(reply)})


@group.command("open")
@click.argument("prompt")
@click.option("--model", type=click.Choice(sorted(OPEN_WEIGHTS)), default="llama3-70b")
def open_weights(prompt: str, model: str) -> None:
    """One-shot prompt against an open-weights model hosted on Replicate."""
    for event in replicate.stream(OPEN_WEIGHTS[model], input={"prompt": prompt, "max_tokens": 512}):
        click.echo(str(event), nl=False)
    click.echo()


def _read_inputs(texts) -> List[str]:
    if texts:
        return list(texts)
    return [line.strip() for line in sys.stdin if line.strip()]


@group.command("embed")
@click.argument("texts", nargs=-1)
@click.option("--model", default=None, help="Override the configured embedding model.")
@click.pass_obj
def embed_text(ops: OpsContext, texts, model) -> None:
    """Print embeddings for TEXTS (or stdin lines) as JSON lines (debugging the KB index)."""
    inputs = _read_inputs(texts)
    if not inputs:
        raise click.UsageError("nothing to embed")
    result = litellm.embedding(model=model or ops.settings.embed_model, input=inputs)
    for text, item in zip(inputs, result.data):
        click.echo(json.dumps({"text": text, "dim": len(item["embedding"]), "embedding": item["embedding"]}))


@group.command("similarity")
@click.argument("a")
@click.argument("b")
def similarity(a: str, b: str) -> None:
    """Cosine similarity of two strings using the routed embedding deployments."""
    result = RouterHolder().router.embedding(model="ops-embed", input=[a, b])
    va, vb = (d["embedding"] for d in result.data)
    dot = sum(x * y for x, y in zip(va, vb))
    norm = (sum(x * x for x in va) ** 0.5) * (sum(y * y for y in vb) ** 0.5)
    click.echo(f"{dot / norm:.4f}")
