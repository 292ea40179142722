"""Command line entry point: ``enrich run|resume|doctor|backfill-captions|batch-submit``."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from pathlib import Path
from typing import List, Optional

import pandas as pd
import typer

from enrich.config import load_settings
from enrich.context import build_context
from enrich.executor import PipelineExecutor
from enrich.stages.loader import STAGE_CLASSES, build_stages
from enrich.utils import setup_logging
from enrich.utils.text import completion

app = typer.Typer(add_completion=True, no_args_is_help=True, help="Catalog enrichment pipeline")
log = logging.getLogger("enrich.cli")

DEFAULT_CONFIG = Path("config/pipeline.yaml")


def _complete_stage(incomplete: str) -> List[str]:
    return completion(incomplete, STAGE_CLASSES)


def _new_run_id() -> str:
    return dt.datetime.utcnow().strftime("%Y%m%d-%H%M")


def _read_input(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    if path.suffix in (".csv", ".tsv"):
        return pd.read_csv(path, sep="\t" if path.suffix == ".tsv" else ",")
    if path.suffix in (".jsonl", ".ndjson"):
        return pd.read_json(path, lines=True)
    raise typer.BadParameter(f"unsupported input format: {path.suffix}")


async def _run(config: Path, input_path: Path, output: Path, run_id: str,
               only: Optional[List[str]], dry_run: bool) -> None:
    settings = load_settings(config)
    if only:
        settings.stages = [s for s in settings.stages if s.name in only]
    ctx = build_context(settings, run_id, dry_run=dry_run)
    try:
        executor = PipelineExecutor(ctx, build_stages(ctx), max_parallel_batches=settings.concurrency // 2 or 1)
        result = await executor.run(_read_input(input_path))
        output.parent.mkdir(parents=True, exist_ok=True)
        result.to_parquet(output, index=False)
        run = ctx.sink.start_run(run_id)
        ctx.sink.finish_run(run, rows=len(result),
                            status="partial" if executor.summary.failed_batches else "done")
        ctx.sink.notify_crm(run_id, {"rows": len(result), "failed": executor.summary.failed_batches})
        typer.echo(f"run {run_id}: {len(result)} rows -> {output}")
    finally:
        await ctx.aclose()


@app.command()
def run(
    input_path: Path = typer.Option(..., "--input", "-i", exists=True, dir_okay=False),
    output: Path = typer.Option(Path("data/out/enriched.parquet"), "--output", "-o"),
    config: Path = typer.Option(DEFAULT_CONFIG, "--config", "-c", exists=True),
    only: Optional[List[str]] = typer.Option(None, "--stage", autocompletion=_complete_stage),
    dry_run: bool = typer.Option(False, "--dry-run"),
    verbose: bool = typer.Option(False, "--verbose", "-v"),
) -> None:
    """Run the pipeline over an input table."""
    setup_logging(verbose)
    asyncio.run(_run(config, input_path, output, _new_run_id(), only, dry_run))


@app.command()
def resume(
    run_id: str = typer.Option(..., "--run-id"),
    input_path: Path = typer.Option(..., "--input", "-i", exists=True, dir_okay=False),
    output: Path = typer.Option(Path("data/out/enriched.parquet"), "--output", "-o"),
    config: Path = typer.Option(DEFAULT_CONFIG, "--config", "-c", exists=True),
) -> None:
    """Resume a run from its checkpoints (stages already done per batch are skipped)."""
    setup_logging()
    asyncio.run(_run(config, input_path, output, run_id, None, False))


@app.command()
def doctor(live: bool = typer.Option(False, "--live", help="also send one tiny request per provider")) -> None:
    """Check configuration and credentials."""
    setup_logging()
    missing = [k for k in ("VOYAGE_API_KEY", "TOGETHER_API_KEY", "CEREBRAS_API_KEY", "OPENROUTER_API_KEY",
                           "REPLICATE_API_TOKEN", "WATSONX_APIKEY", "HF_TOKEN") if not os.environ.get(k)]
    for key in missing:
        typer.secho(f"missing {key}", fg=typer.colors.YELLOW)

    from cerebras.cloud.sdk import Cerebras
    from together import Together

    cerebras = Cerebras()
    available = {m.id for m in cerebras.models.list().data}
    typer.echo(f"cerebras models: {', '.join(sorted(available))}")
    together_models = Together().models.list()
    typer.echo(f"together: {len(together_models)} models visible")

    if not live:
        return
    import voyageai

    vec = voyageai.Client().embed(["healthcheck"], model="voyage-3.5-lite", input_type="query")
    typer.echo(f"voyage ok, dim={len(vec.embeddings[0])}")
    resp = cerebras.chat.completions.create(
        model="llama3.1-8b",
        messages=[{"role": "user", "content": "Reply with OK."}],
        max_completion_tokens=2,
    )
    typer.echo(f"cerebras ok: {resp.choices[0].message.content!r}")


@app.command("backfill-captions")
def backfill_captions(
    input_path: Path = typer.Option(..., "--input", "-i", exists=True),
    output: Path = typer.Option(Path("data/out/captions.csv"), "--output", "-o"),
    limit: int = typer.Option(500, help="maximum number of images to caption"),
) -> None:
    """Caption legacy product images that have no alt text."""
    from enrich.backfill import caption_images

    setup_logging()
    frame = _read_input(input_path)
    todo = frame[frame["alt_text"].isna() & frame["image_url"].notna()].head(limit)
    pairs = list(caption_images(zip(todo["sku"], todo["image_url"])))
    pd.DataFrame(pairs, columns=["sku", "alt_text"]).to_csv(output, index=False)
    typer.echo(f"captioned {len(pairs)} / {len(todo)} images")


@app.command("batch-submit")
def batch_submit(
    input_path: Path = typer.Option(..., "--input", "-i", exists=True),
    provider: str = typer.Option("together", help="together | gemini"),
    config: Path = typer.Option(DEFAULT_CONFIG, "--config", "-c", exists=True),
) -> None:
    """Submit the weekly full-catalog summary refresh to a provider batch API."""
    import redis

    from enrich.batch_jobs import submit_gemini_batch, submit_together_batch
    from enrich.sinks import JobQueue

    setup_logging()
    settings = load_settings(config)
    frame = _read_input(input_path)
    queue = JobQueue(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))
    if provider == "together":
        batch_id = submit_together_batch(frame, queue, settings.together_api_key or "")
    elif provider == "gemini":
        ctx = build_context(settings, _new_run_id())
        batch_id = submit_gemini_batch(ctx, frame, queue)
    else:
        raise typer.BadParameter(f"unknown provider {provider!r}")
    typer.echo(batch_id)


@app.command("stages")
def list_stages() -> None:
    """List the available stage names."""
    for name, target in sorted(STAGE_CLASSES.items()):
        typer.echo(f"{name:14s} {target}")


if __name__ == "__main__":
    app()
