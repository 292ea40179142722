"""`kestrel batch` - offline bulk jobs (cheaper, results within 24h)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Optional

import typer

from kestrel.config import get_settings
from kestrel.providers.clients import replicate_client, together_client

app = typer.Typer(help="Submit and inspect batch jobs.", no_args_is_help=True)


def _to_jsonl(prompts_file: Path, model: str) -> Path:
    tmp = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with prompts_file.open(encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            line = line.strip()
            if not line:
                continue
            dst.write(json.dumps({
                "custom_id": f"req-{i}",
                "body": {"model": model, "messages": [{"role": "user", "content": line}], "max_tokens": 512},
            }) + "\n")
    return tmp


@app.command("submit")
def submit(
    prompts_file: Path = typer.Argument(..., exists=True, dir_okay=False),
    model: Optional[str] = typer.Option(None),
) -> None:
    """Submit one chat request per line of PROMPTS_FILE as a Together batch."""
    client = together_client()
    jsonl = _to_jsonl(prompts_file, model or get_settings().providers.chat_model)
    uploaded = client.files.upload(file=jsonl, purpose="batch-api")
    batch = client.batches.create(endpoint="/v1/chat/completions", input_file_id=uploaded.id)
    typer.echo(f"submitted batch {batch.id}")


@app.command("status")
def status(batch_id: str) -> None:
    batch = together_client().batches.retrieve(batch_id)
    typer.echo(json.dumps(batch.model_dump(), indent=2, default=str))


@app.command("replicate")
def replicate_job(
    model: str = typer.Argument(..., help="owner/name of a Replicate model"),
    input_json: Path = typer.Argument(..., exists=True),
    webhook: Optional[str] = typer.Option(None, help="URL Replicate calls when the job finishes"),
) -> None:
    """Start a long-running Replicate prediction without waiting for it."""
    payload = json.loads(input_json.read_text(encoding="utf-8"))
    prediction = replicate_client().predictions.create(
        model=model,
        input=payload,
        webhook=webhook,
        webhook_events_filter=["completed"] if webhook else None,
    )
    typer.echo(f"prediction {prediction.id} status={prediction.status}")


@app.command("replicate-status")
def replicate_status(prediction_id: str) -> None:
    prediction = replicate_client().predictions.get(prediction_id)
    typer.echo(f"{prediction.id}: {prediction.status}")
    if prediction.output is not None:
        typer.echo(json.dumps(prediction.output, indent=2, default=str))
