"""``helix-mcp`` command line.

    helix-mcp serve [--transport streamable-http]
    helix-mcp ask "how do I rotate the kafka certs?" [--provider claude]
    helix-mcp rag "what is the failover procedure for pg-main?"
    helix-mcp summarize notes.md [--tracked]
    helix-mcp embed-file corpus.txt -o vectors.jsonl
"""
import asyncio
import json
import sys
from pathlib import Path

import anthropic
import click

from helix_mcp.clients.factory import build_cohere, build_openai
from helix_mcp.clients.perplexity_http import PerplexitySearch
from helix_mcp.config import get_settings
from helix_mcp.logging_setup import configure_logging
from helix_mcp.search_index import DocumentIndex
from helix_mcp.services.answerer import Answerer
from helix_mcp.services.multi_model_service import TaskComplexity, multi_model_service
from helix_mcp.services.summarizer import Summarizer


@click.group()
@click.option("-v", "--verbose", is_flag=True)
def cli(verbose: bool) -> None:
    configure_logging("DEBUG" if verbose else get_settings().log_level)


@cli.command()
@click.option("--transport", type=click.Choice(["stdio", "sse", "streamable-http"]), default=None)
def serve(transport):
    """Run the MCP server."""
    from helix_mcp.server import main

    main(transport)


@cli.command()
@click.argument("question")
@click.option("--provider", type=click.Choice(["openai", "claude", "perplexity"]), default="openai")
def ask(question: str, provider: str) -> None:
    """Ask a one-off question from the terminal."""
    settings = get_settings()
    if provider == "openai":
        client = build_openai(settings)
        stream = client.chat.completions.create(
            model=settings.chat_model,
            messages=[{"role": "user", "content": question}],
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                click.echo(chunk.choices[0].delta.content, nl=False)
        click.echo()
    elif provider == "claude":
        client = anthropic.Anthropic()
        msg = client.messages.create(
            model=settings.claude_model,
            max_tokens=2048,
            messages=[{"role": "user", "content": question}],
        )
        click.echo("".join(b.text for b in msg.content if b.type == "text"))
    else:
        with PerplexitySearch(model=settings.perplexity_model) as pplx:
            for piece in pplx.stream(question):
                click.echo(piece, nl=False)
        click.echo()


@cli.command()
@click.argument("question")
def rag(question: str) -> None:
    """Answer from the runbook index."""
    answerer = Answerer(DocumentIndex.open(get_settings().index_path))
    for piece in answerer.stream_answer(question):
        click.echo(piece, nl=False)
    click.echo()


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--style", type=click.Choice(["bullet", "prose", "exec"]), default="bullet")
@click.option("--tracked/--untracked", default=True, help="Route through multi_model_service (default).")
def summarize(path: Path, style: str, tracked: bool) -> None:
    """Summarise a text/markdown file."""
    text = path.read_text(encoding="utf-8")
    if tracked:
        result = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Summarise ({style} style):\n\n{text}",
                task_type="cli_summarize",
                complexity=TaskComplexity.STANDARD,
            )
        )
    else:
        result = Summarizer().summarize(text, style=style)
    click.echo(result)


@cli.command("embed-file")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=click.File("w"), default="-")
@click.option("--batch-size", default=96, show_default=True)
def embed_file(path: Path, out, batch_size: int) -> None:
    """Embed each non-empty line of a file with Cohere; writes JSONL."""
    settings = get_settings()
    co = build_cohere(settings)
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for start in range(0, len(lines), batch_size):
        batch = lines[start : start + batch_size]
        resp = co.embed(
            model=settings.cohere_embed_model,
            texts=batch,
            input_type="clustering",
            embedding_types=["float"],
        )
        for text, vec in zip(batch, resp.embeddings.float_):
            out.write(json.dumps({"text": text, "embedding": vec}) + "\n")
        click.echo(f"{min(start + batch_size, len(lines))}/{len(lines)}", err=True)


def main() -> None:
    sys.exit(cli())


if __name__ == "__main__":
    main()
