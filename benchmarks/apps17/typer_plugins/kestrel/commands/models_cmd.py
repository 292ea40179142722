"""`kestrel models` - what can I use?"""
from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from kestrel.providers import available_backends
from kestrel.providers.clients import ollama_client, replicate_client, together_client, xai_client

app = typer.Typer(help="List backends and models.", no_args_is_help=True)
console = Console()


@app.command("backends")
def backends() -> None:
    """Backends accepted by --backend."""
    for name in available_backends():
        console.print(name)


@app.command("together")
def together_models(kind: str = typer.Option("chat", help="chat | embedding | rerank | image")) -> None:
    table = Table("id", "context", "type")
    for m in together_client().models.list():
        if m.type == kind:
            table.add_row(m.id, str(m.context_length or "-"), m.type)
    console.print(table)


@app.command("ollama")
def ollama_models() -> None:
    table = Table("name", "size", "modified")
    for m in ollama_client().list().models:
        table.add_row(m.model, f"{(m.size or 0) / 1e9:.1f} GB", str(m.modified_at))
    console.print(table)


@app.command("pull")
def pull(name: str) -> None:
    """Pull an Ollama model so `--local` commands can use it."""
    for progress in ollama_client().pull(name, stream=True):
        if progress.completed and progress.total:
            console.print(f"{progress.status}: {100 * progress.completed // progress.total}%", end="\r")
    console.print(f"\npulled {name}")


@app.command("grok")
def grok_models() -> None:
    for m in xai_client().models.list_language_models():
        console.print(f"{m.name}  aliases={','.join(m.aliases)}")


@app.command("replicate")
def replicate_model(ref: str) -> None:
    """Show the latest version and input schema of a Replicate model."""
    model = replicate_client().models.get(ref)
    console.print(f"{model.owner}/{model.name}  latest={model.latest_version.id if model.latest_version else '-'}")
    console.print(model.description or "")
