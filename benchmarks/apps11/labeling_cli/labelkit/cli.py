"""labelkit command line interface."""
from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Optional

import click

from labelkit import __version__, plugins
from labelkit.config import configure_logging, get_settings
from labelkit.errors import LabelkitError
from labelkit.spec import load_spec

log = logging.getLogger("labelkit")


def _fail(msg: str) -> None:
    click.secho(f"error: {msg}", fg="red", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--log-level", default=None, help="Overrides LABELKIT_LOG_LEVEL.")
@click.option("--json-logs", is_flag=True, help="Structured logs (for Airflow / k8s jobs).")
@click.version_option(__version__, prog_name="labelkit")
def cli(log_level: Optional[str], json_logs: bool) -> None:
    configure_logging(log_level, json_logs=json_logs)


# ------------------------------------------------------------------ run / validate

@cli.command()
@click.argument("spec_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=None, help="Only label the first N items.")
@click.option("--concurrency", type=int, default=None)
@click.option("--model", default=None, help="Override the spec's model.")
@click.option("--dry-run", is_flag=True, help="Label but do not write results.")
@click.option("--async", "use_async", is_flag=True, help="Use the asyncio runner (together/bedrock/vllm).")
@click.option("--no-audit", is_flag=True)
@click.option("--notify/--no-notify", default=True)
def run(spec_path, limit, concurrency, model, dry_run, use_async, no_audit, notify) -> None:
    """Run a labelling job described by SPEC_PATH."""
    from labelkit.notify import notify_job_finished
    from labelkit.runner import make_runner

    try:
        spec = load_spec(spec_path, overrides={"concurrency": concurrency, "model": model})
    except LabelkitError as exc:
        _fail(str(exc))
        return

    if use_async:
        from labelkit.runner.async_runner import AsyncJobRunner

        results = asyncio.run(AsyncJobRunner(spec, limit=limit).run())
        ok = sum(1 for r in results if r.ok)
        click.echo(f"{ok}/{len(results)} labelled")
        return

    auditor = None
    if spec.audit.sample_rate > 0 and not no_audit:
        from labelkit.services.audit import LabelAuditor

        auditor = LabelAuditor(spec.labels, spec.audit.judge_model)

    adapter = plugins.load_adapter(spec)
    runner = make_runner(spec, adapter, auditor=auditor, limit=limit, dry_run=dry_run)
    summary = None
    try:
        summary = runner.run()
    finally:
        if notify and not dry_run:
            status = "succeeded" if summary is not None else "failed"
            notify_job_finished(spec.name, status, summary.as_dict() if summary else {})
    click.echo(json.dumps(summary.as_dict(), indent=2))


@cli.command()
@click.argument("spec_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--sample", type=int, default=20, help="Items used for the token estimate.")
@click.option("--price-per-mtok", type=float, default=None, help="Input price, USD per million tokens.")
def validate(spec_path, sample, price_per_mtok) -> None:
    """Check a job spec and estimate its input token volume."""
    from labelkit.storage import iter_items

    try:
        spec = load_spec(spec_path)
        adapter = plugins.load_adapter(spec)
    except LabelkitError as exc:
        _fail(str(exc))
        return
    click.secho(f"spec OK: {spec.name} ({spec.provider}/{spec.model}, task={spec.task})", fg="green")

    counts = []
    for n, item in enumerate(iter_items(spec.input_uri)):
        if n >= sample:
            break
        est = adapter.estimate_tokens(item)
        if est is None:
            click.echo("provider does not expose token counting; skipping estimate")
            break
        counts.append(est)
    if counts:
        avg = sum(counts) / len(counts)
        click.echo(f"avg prompt tokens over {len(counts)} items: {avg:.0f}")
        if price_per_mtok:
            click.echo(f"~${avg * price_per_mtok / 1e6 * 1000:.4f} per 1k items (input only)")


# ------------------------------------------------------------------ providers

@cli.command()
@click.option("--provider", "-p", type=click.Choice(sorted(plugins.available())), multiple=True)
@click.option("--model", "-m", default=None)
def probe(provider, model) -> None:
    """Send one tiny request to each provider and report latency / errors."""
    from labelkit.probe import PROBES, run_probe

    targets = provider or tuple(PROBES)
    failed = False
    for name in targets:
        res = run_probe(name, model if len(targets) == 1 else None)
        colour = "green" if res["ok"] else "red"
        click.secho(f"{name:10s} {res['model']:55s} {res['latency_ms']:6d}ms "
                    f"{res['output'] or res['error']}", fg=colour)
        failed = failed or not res["ok"]
    sys.exit(1 if failed else 0)


@cli.group()
def models() -> None:
    """Model catalogue helpers."""


@models.command("list")
@click.option("--provider", "-p", required=True, type=click.Choice(["together", "bedrock", "vllm", "replicate"]))
@click.option("--filter", "substr", default="")
def models_list(provider, substr) -> None:
    from labelkit import aws, clients

    if provider == "together":
        names = [m.id for m in clients.get_together().models.list() if getattr(m, "type", "chat") == "chat"]
    elif provider == "bedrock":
        resp = aws.bedrock_control().list_foundation_models(byOutputModality="TEXT")
        names = [m["modelId"] for m in resp["modelSummaries"]]
    elif provider == "replicate":
        model = clients.get_replicate().models.get(substr or "meta/meta-llama-3-70b-instruct")
        names = [f"{model.owner}/{model.name}:{model.latest_version.id if model.latest_version else '?'}"]
        substr = ""
    else:
        with clients.vllm_http(timeout=10) as http:
            names = [m["id"] for m in http.get("/models").json()["data"]]
    for name in sorted(n for n in names if substr.lower() in n.lower()):
        click.echo(name)


@cli.command("plugins")
def list_plugins() -> None:
    """List available provider adapters."""
    for name, target in sorted(plugins.available().items()):
        click.echo(f"{name:12s} {target}")


# ------------------------------------------------------------------ batch

@cli.group()
def batch() -> None:
    """Offline (24h) batch jobs."""


@batch.command("submit")
@click.argument("spec_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--staging", default=None, help="s3:// prefix for Bedrock batch input/output.")
def batch_submit(spec_path, staging) -> None:
    from labelkit.batch import SUBMITTERS
    from labelkit.storage import JobStore, iter_items

    spec = load_spec(spec_path)
    submit = SUBMITTERS.get(plugins.resolve_name(spec.provider))
    if submit is None:
        _fail(f"batch mode is not supported for {spec.provider}")
        return
    items = iter_items(spec.input_uri)
    if spec.provider == "bedrock":
        staging = staging or f"s3://{get_settings().results_bucket}/batch-staging"
        handle = submit(spec, items, staging)
    else:
        handle = submit(spec, items)
    JobStore().create(spec.name, handle.provider, spec.model, status="batch-submitted", external_id=handle.batch_id)
    click.echo(handle.to_json())


@batch.command("status")
@click.argument("batch_id")
@click.option("--provider", "-p", type=click.Choice(["together", "bedrock"]), required=True)
def batch_status(batch_id, provider) -> None:
    from labelkit.batch import bedrock_batch_status, together_batch_status

    status = together_batch_status(batch_id) if provider == "together" else bedrock_batch_status(batch_id)
    click.echo(json.dumps(status, indent=2, default=str))


# ------------------------------------------------------------------ misc

@cli.command()
@click.argument("results_a", type=click.File())
@click.argument("results_b", type=click.File())
@click.argument("inputs", type=click.Path(exists=True))
@click.option("--labels", required=True, help="Comma-separated allowed labels.")
@click.option("--text-field", default="text")
@click.option("--out", type=click.Path(dir_okay=False), default="adjudicated.jsonl")
def adjudicate(results_a, results_b, inputs, labels, text_field, out) -> None:
    """Resolve disagreements between two result files."""
    from labelkit.services.adjudicator import adjudicate as _adjudicate, load_results
    from labelkit.storage import iter_items

    texts = {str(it.get("id")): str(it.get(text_field, "")) for it in iter_items(inputs)}
    decisions = asyncio.run(_adjudicate(load_results(results_a), load_results(results_b), texts,
                                        [x.strip() for x in labels.split(",")]))
    with open(out, "w") as fh:
        for d in decisions:
            fh.write(json.dumps(d.__dict__) + "\n")
    click.echo(f"wrote {len(decisions)} decisions to {out}")


@cli.command()
@click.option("--limit", default=20)
def jobs(limit) -> None:
    """Recent jobs run from this machine."""
    from labelkit.storage import JobStore

    for row in JobStore().recent(limit):
        click.echo(f"{row['id']:5d} {row['name']:30s} {row['provider']:10s} {row['status']:16s} "
                   f"{row['labelled'] or 0:8d} {row['failed'] or 0:6d}")


@cli.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def shell_completion(shell) -> None:
    """Print the shell completion script (eval "$(labelkit completion zsh)")."""
    from click.shell_completion import get_completion_class

    comp_cls = get_completion_class(shell)
    completion = comp_cls(cli, {}, "labelkit", "_LABELKIT_COMPLETE")
    click.echo(completion.source())


def main() -> None:
    try:
        cli(prog_name="labelkit")
    except LabelkitError as exc:
        _fail(str(exc))


if __name__ == "__main__":
    main()
