"""`kestrel docs` - summaries and docstring drafts."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from kestrel.config import get_settings
from kestrel.providers.clients import hf_client, replicate_client
from kestrel.utils.text import chunk_lines, normalise

app = typer.Typer(help="Documentation helpers.", no_args_is_help=True)
console = Console()

SUMMARY_MODEL = "facebook/bart-large-cnn"
DOCSTRING_MODEL = "meta/meta-llama-3-8b-instruct"


def _collect(path: Path, suffixes=(".md", ".rst", ".txt", ".py")) -> List[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in suffixes and ".git" not in p.parts)


@app.command("summarize")
def summarize(
    path: Path = typer.Argument(..., exists=True),
    max_files: int = typer.Option(20),
) -> None:
    """Summarise every document under PATH (extractive-ish, via a BART endpoint)."""
    client = hf_client()
    for doc in _collect(path)[:max_files]:
        text = normalise(doc.read_text(encoding="utf-8", errors="replace"))
        if len(text) < 400:
            continue
        parts = []
        for chunk in chunk_lines(text, max_lines=60, overlap=0):
            result = client.summarization(chunk, model=SUMMARY_MODEL)
            parts.append(result.summary_text)
        console.rule(str(doc))
        console.print(" ".join(parts))


@app.command("docstring")
def docstring(
    path: Path = typer.Argument(..., exists=True, dir_okay=False),
    function: str = typer.Argument(...),
    model: Optional[str] = typer.Option(None),
) -> None:
    """Stream a Google-style docstring draft for FUNCTION in PATH."""
    import ast

    source = path.read_text(encoding="utf-8")
    node = next(
        (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef) and n.name == function),
        None,
    )
    if node is None:
        raise typer.BadParameter(f"no function {function!r} in {path}")
    snippet = ast.get_source_segment(source, node)
    prompt = f"Write a Google-style docstring (only the docstring) for:\n\n{snippet}"

    for event in replicate_client().stream(
        model or DOCSTRING_MODEL,
        input={"prompt": prompt, "max_new_tokens": 400, "temperature": 0.2},
    ):
        console.print(str(event), end="")
    console.print()
