"""``python -m llm_pipes.cli`` developer commands."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import spacy
import typer

from huggingface_hub import InferenceClient
from openai import OpenAI

from . import __version__
from .clients import get_cohere_client, mistral
from .clients.registry_functions import TOGETHER_OPENAI_BASE_URL
from .services.llm_usage_tracker import summarize_usage
from .utils.text import count_tokens

app = typer.Typer(add_completion=False, help="llm_pipes developer CLI")


@app.command()
def version() -> None:
    typer.echo(__version__)


@app.command()
def summarize(pipeline: Path, text_file: Path) -> None:
    """Run a saved pipeline on a text file and print the summary."""
    import llm_pipes  # noqa: F401 - registers factories

    nlp = spacy.load(pipeline)
    doc = nlp(text_file.read_text(encoding="utf8"))
    typer.echo(doc._.summary or "<no summary>")
    for ent in doc.ents:
        typer.echo(f"{ent.text}\t{ent.label_}\t{ent._.canonical_name}")


@app.command()
def tokens(text_file: Path, model: str = "gpt-4o-mini") -> None:
    typer.echo(count_tokens(text_file.read_text(encoding="utf8"), model))


@app.command()
def ask(question: str, model: str = "mistral-small-latest", context_file: Optional[Path] = None) -> None:
    """Quick interactive question to Mistral, streamed to stdout."""
    messages = []
    if context_file:
        messages.append({"role": "system", "content": context_file.read_text(encoding="utf8")})
    messages.append({"role": "user", "content": question})
    for event in mistral.chat.stream(model=model, messages=messages):
        delta = event.data.choices[0].delta.content
        if delta:
            sys.stdout.write(delta)
            sys.stdout.flush()
    sys.stdout.write("\n")


@app.command()
def rerank(query: str, candidates_file: Path, top_n: int = 5, model: str = "rerank-v3.5") -> None:
    """Try Cohere rerank on a newline-separated candidate list."""
    docs = [line for line in candidates_file.read_text(encoding="utf8").splitlines() if line.strip()]
    result = get_cohere_client().rerank(model=model, query=query, documents=docs, top_n=top_n)
    for r in result.results:
        typer.echo(f"{r.relevance_score:.3f}\t{docs[r.index]}")


@app.command("together-chat")
def together_chat(prompt: str, model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo") -> None:
    """One-off prompt against Together's OpenAI-compatible endpoint."""
    import os

    client = OpenAI(api_key=os.environ.get("TOGETHER_API_KEY"), base_url=TOGETHER_OPENAI_BASE_URL)
    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    typer.echo(resp.choices[0].message.content)


@app.command("hf-generate")
def hf_generate(prompt: str, model: str = "HuggingFaceH4/zephyr-7b-beta", max_new_tokens: int = 128) -> None:
    text = InferenceClient(model).text_generation(prompt, max_new_tokens=max_new_tokens)
    typer.echo(text)


@app.command()
def usage(log_file: Path = Path("metrics/llm_usage.jsonl")) -> None:
    """Print tracked usage grouped by feature."""
    for feature, row in sorted(summarize_usage(log_file).items()):
        typer.echo(f"{feature:24s} calls={row['calls']:5d} in={row['input_tokens']:8d} "
                   f"out={row['output_tokens']:8d} ${row['cost_usd']:.4f}")


if __name__ == "__main__":
    app()
