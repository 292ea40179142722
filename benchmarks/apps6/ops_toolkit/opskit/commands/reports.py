from __future__ import annotations

import csv
from functools import partial
from pathlib import Path

import click

from opskit.clients import get_watsonx_model, with_client
from opskit.context import OpsContext
from prompts import capacity_report_prompt

GRANITE = "ibm/granite-3-8b-instruct"
MAX_PROMPT_TOKENS = 7000


@click.group(name="reports")
def group() -> None:
    """Management reports."""


@with_client(partial(get_watsonx_model, GRANITE), name="model")
def draft_capacity_report(rows: list, model=None) -> str:
    prompt = capacity_report_prompt(rows)
    counted = model.tokenize(prompt=prompt)
    if counted["result"]["token_count"] > MAX_PROMPT_TOKENS:
        raise click.ClickException("metrics export too large; filter by region first")
    return model.generate_text(prompt=prompt, params={"max_new_tokens": 900, "decoding_method": "greedy"})


@group.command("capacity")
@click.argument("metrics_csv", type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def capacity(ops: OpsContext, metrics_csv: Path) -> None:
    """Draft the capacity summary from a metrics export."""
    with metrics_csv.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    ops.emit(draft_capacity_report(rows))


@group.command("ask")
@click.argument("question")
@click.option("--metrics-csv", type=click.Path(exists=True, path_type=Path), default=None)
@click.pass_obj
def ask(ops: OpsContext, question: str, metrics_csv) -> None:
    """Ask a free-form question about a metrics export."""
    context = metrics_csv.read_text()[:8000] if metrics_csv else "(no metrics attached)"
    reply = ops.watsonx.chat(
        messages=[
            {"role": "system", "content": "You answer questions about infrastructure capacity data."},
            {"role": "user", "content": f"{question}\n\nData:\n{context}"},
        ]
    )
    ops.emit(reply["choices"][0]["message"]["content"])
