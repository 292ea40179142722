"""Operator CLI (`docqa ...`)."""
from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import List, Optional

import typer

from docqa.application.answer_question import AskCommand
from docqa.application.evaluate_answers import EvalCase
from docqa.bootstrap import build_container
from docqa.config import configure_logging, get_settings

app = typer.Typer(help="docqa operator commands", no_args_is_help=True)
logger = logging.getLogger("docqa.cli")


@app.callback()
def _setup(verbose: bool = typer.Option(False, "--verbose", "-v")) -> None:
    configure_logging("DEBUG" if verbose else get_settings().log_level)


@app.command()
def ask(tenant: str, question: str, document: Optional[List[str]] = typer.Option(None)) -> None:
    """Ask a question as a tenant would."""
    container = build_container()
    answer = asyncio.run(
        container.answer_question.execute(AskCommand(tenant_id=tenant, question=question, document_ids=document))
    )
    typer.echo(answer.text)
    for ci in answer.citations:
        typer.echo(f"  - {ci.document_id} p.{ci.page}: {ci.quote[:80]}")


@app.command("embed-debug")
def embed_debug(text: str, input_type: str = "query") -> None:
    """Print the norm and first dimensions of an embedding, to debug retrieval issues."""
    container = build_container()
    s = container.settings
    result = asyncio.run(container.voyage.embed([text], model=s.embedding_model, input_type=input_type))
    vec = result.embeddings[0]
    norm = sum(x * x for x in vec) ** 0.5
    typer.echo(f"model={s.embedding_model} dim={len(vec)} norm={norm:.4f} tokens={result.total_tokens}")
    typer.echo(json.dumps([round(x, 4) for x in vec[:8]]))


@app.command()
def reindex(tenant: str, document_id: str) -> None:
    """Re-run ingestion for one document."""
    container = build_container()

    async def _run() -> int:
        doc = await container.documents.get(tenant, document_id)
        return await container.ingest_document.execute(doc)

    n = asyncio.run(_run())
    typer.echo(f"reindexed {document_id}: {n} chunks")


@app.command("eval")
def run_eval(cases_file: Path, faithfulness: bool = False) -> None:
    """Run the LLM-judge evaluation over a JSONL file of cases."""
    cases = [EvalCase(**json.loads(line)) for line in cases_file.read_text().splitlines() if line.strip()]
    container = build_container()
    report = asyncio.run(container.evaluate_answers.run(cases, with_faithfulness=faithfulness))
    typer.echo(f"{len(report.results)} cases  mean={report.mean_score:.2f}  faithful={report.faithfulness_rate:.0%}")


if __name__ == "__main__":
    app()
