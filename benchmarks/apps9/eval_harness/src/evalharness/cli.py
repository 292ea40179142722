from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path
from typing import List, Optional

import litellm
import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table

from evalharness import __version__
from evalharness.adapters import available_adapters
from evalharness.clients import check_credentials
from evalharness.config import load_run_config
from evalharness.graders import get_grader
from evalharness.types import Completion, Sample

app = typer.Typer(add_completion=False, help="Model evaluation harness.")
synth_app = typer.Typer(help="Synthetic data generation via batch APIs.")
app.add_typer(synth_app, name="synth")
console = Console()


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(message)s",
        datefmt="[%X]",
        handlers=[RichHandler(console=console, rich_tracebacks=True, show_path=False)],
    )
    for noisy in ("httpx", "httpcore", "openai", "anthropic", "LiteLLM", "google_genai"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v")) -> None:
    _setup_logging(verbose)


@app.command()
def version() -> None:
    console.print(f"evalharness {__version__}")


@app.command("list-adapters")
def list_adapters() -> None:
    table = Table("adapter")
    for name in available_adapters():
        table.add_row(name)
    console.print(table)


@app.command()
def doctor(providers: List[str] = typer.Argument(None)) -> None:
    """Check that API keys work (lists models; no tokens are spent)."""
    providers = providers or ["openai", "mistral", "cohere", "gemini"]
    for provider, ok in check_credentials(providers).items():
        console.print(f"{provider:10s} {'[green]ok' if ok else '[red]FAILED'}")


@app.command()
def run(
    config: Path = typer.Argument(..., exists=True, dir_okay=False),
    out: Path = typer.Option(Path("results"), "--out", "-o"),
    model: Optional[List[str]] = typer.Option(None, "--model", "-m", help="Only run these model names."),
    no_cache: bool = typer.Option(False, "--no-cache"),
    upload: bool = typer.Option(False, "--upload", help="Upload results to S3 and record in the run DB."),
) -> None:
    from evalharness.runner import Runner
    from evalharness.writers import notify_slack, record_runs, upload_results

    cfg = load_run_config(config)
    run_id = uuid.uuid4().hex[:8]
    os.environ["EVALH_RUN_ID"] = run_id
    out_dir = out / f"{cfg.name}-{run_id}"
    summary = Runner(cfg, out_dir, use_cache=not no_cache).run(only_models=model)

    table = Table("model", "suite", "grader", "n", "mean")
    rows = summary.rows(cfg.name)
    for r in rows:
        table.add_row(r["model_name"], r["suite"], r["grader"], str(r["n_samples"]), f"{r['mean_score']:.3f}")
    console.print(table)
    if summary.errors:
        console.print(f"[yellow]{summary.errors} samples failed")

    if upload:
        uri = upload_results(out_dir, cfg.name)
        for r in rows:
            r["results_uri"] = uri
        record_runs(rows)
        notify_slack(f"evalharness run *{cfg.name}* ({run_id}) finished: {len(rows)} result rows, {uri}")


@app.command()
def grade(
    generations: Path = typer.Argument(..., exists=True),
    grader: str = typer.Option("llm_judge", "--grader", "-g"),
    legacy: bool = typer.Option(False, "--legacy", help="Re-score with the v1 judge."),
    out: Optional[Path] = typer.Option(None),
) -> None:
    """Re-grade a generations file (e.g. after a judge prompt change)."""
    g = get_grader("legacy_judge") if legacy else get_grader(grader)
    out = out or generations.with_suffix(f".{g.name}.jsonl")
    n = 0
    with open(generations, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            row = json.loads(line)
            sample = Sample(id=row["sample_id"], input=row["input"], reference=row.get("reference"))
            completion = Completion(text=row["text"], model=row["model"])
            dst.write(json.dumps(g.grade(sample, completion).__dict__) + "\n")
            n += 1
    console.print(f"graded {n} samples -> {out}")


@app.command()
def probe(
    model: str = typer.Argument(..., help="litellm model string, e.g. groq/llama-3.3-70b-versatile"),
    prompt: str = typer.Option("Say hello in one word.", "--prompt", "-p"),
) -> None:
    """Send one prompt to a model to check that routing and credentials work."""
    resp = litellm.completion(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=64,
    )
    console.print(resp.choices[0].message.content)
    console.print(f"[dim]{resp.usage.prompt_tokens} in / {resp.usage.completion_tokens} out")


@synth_app.command("submit")
def synth_submit(
    passages: Path = typer.Argument(..., exists=True),
    provider: str = typer.Option("anthropic"),
    manifest: Path = typer.Option(Path("synth_manifest.json")),
) -> None:
    from evalharness.suites.synthetic import SeedPassage, SyntheticQAGenerator

    seeds = [SeedPassage(**json.loads(line)) for line in passages.read_text().splitlines() if line.strip()]
    gen = SyntheticQAGenerator()
    handle = gen.submit_claude(seeds) if provider == "anthropic" else gen.submit_openai(seeds)
    manifest.write_text(json.dumps(handle.to_json(), indent=2))
    console.print(f"submitted {handle.n_requests} requests as {handle.provider} batch {handle.batch_id}")


@synth_app.command("collect")
def synth_collect(
    manifest: Path = typer.Option(Path("synth_manifest.json"), exists=True),
    out: Path = typer.Option(Path("synth.jsonl")),
) -> None:
    from evalharness.suites.synthetic import BatchHandle, SyntheticQAGenerator

    handle = BatchHandle(**json.loads(manifest.read_text()))
    gen = SyntheticQAGenerator()
    status = gen.status(handle)
    if status not in ("ended", "completed"):
        console.print(f"batch {handle.batch_id} is {status}; try later")
        raise typer.Exit(1)
    rows = gen.collect(handle)
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    console.print(f"wrote {len(rows)} questions to {out}")


if __name__ == "__main__":
    app()
