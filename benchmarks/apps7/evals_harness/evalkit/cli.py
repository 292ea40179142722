"""Command line entry point: `evalkit <command> ...`."""
from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import List, Optional

from evalkit import __version__
from evalkit.config import get_settings, load_run_config
from evalkit.errors import EvalkitError

logger = logging.getLogger("evalkit")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "openai", "anthropic", "LiteLLM", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _git_sha() -> Optional[str]:
    sha = os.environ.get("GITHUB_SHA") or os.environ.get("CI_COMMIT_SHA")
    if sha:
        return sha
    try:
        return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def cmd_run(args: argparse.Namespace) -> int:
    from evalkit.cache import ResponseCache
    from evalkit.data import load_cases
    from evalkit.graders import build_graders
    from evalkit.metrics import build_metrics
    from evalkit.reporting import post_to_slack, summarize, upload_run, write_csv, write_html, write_narrative
    from evalkit.run_store import init_store, record_run

    cfg = load_run_config(args.config, overrides={"mode": args.mode, "concurrency": args.concurrency})
    settings = get_settings()
    cases = load_cases(cfg.dataset)
    cache = ResponseCache(settings.cache_dir, enabled=cfg.use_cache and not args.no_cache)
    graders = build_graders(cfg.graders)
    metrics = build_metrics(cfg.metrics)
    for m in metrics:
        if hasattr(m, "precompute_references"):
            m.precompute_references(cases)

    if cfg.mode == "async":
        from evalkit.runner.async_runner import run_async

        results = run_async(cfg, cache, graders, cases)
    elif cfg.mode == "batch":
        print("batch mode submits jobs; use `evalkit batch submit` instead", file=sys.stderr)
        return 2
    else:
        from evalkit.runner.executor import ThreadPoolRunner

        results = ThreadPoolRunner(cfg, cache, graders, metrics, measure_ttft=args.ttft).run(cases)
    cache.close()

    run_id = uuid.uuid4().hex[:12]
    out_dir = Path(cfg.output_dir) / f"{cfg.name}-{run_id}"
    write_csv(results, out_dir / "results.csv")
    summary = summarize(results)
    narrative = None if args.no_narrative else write_narrative(summary, cfg.name)
    write_html(results, out_dir / "report.html", title=cfg.name, narrative=narrative)
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")

    init_store(settings.run_db_path)
    record_run(run_id, cfg.name, vars(args), summary, git_sha=_git_sha())

    if settings.results_bucket and not args.no_upload:
        upload_run(out_dir, settings.results_bucket, f"{cfg.name}-{run_id}")
    if settings.slack_webhook_url and args.notify:
        post_to_slack(settings.slack_webhook_url, cfg.name, summary)

    print(json.dumps(summary, indent=2))
    print(f"results: {out_dir}")
    return 0


def cmd_estimate(args: argparse.Namespace) -> int:
    from evalkit.cost import estimate
    from evalkit.data import load_cases

    cfg = load_run_config(args.config)
    cases = load_cases(cfg.dataset)
    max_out = int(cfg.generation.get("max_tokens", 1024))
    total = 0.0
    for spec in cfg.models:
        est = estimate(spec, cases, max_out, exact=args.exact)
        usd = "?" if est.usd is None else f"${est.usd:,.2f}"
        print(f"{spec:55} in={est.input_tokens:>10,} out<={est.output_tokens:>10,} {usd}")
        total += est.usd or 0.0
    print(f"{'total (upper bound)':55} ${total:,.2f}")
    return 0


def cmd_gate(args: argparse.Namespace) -> int:
    from evalkit.ci_gate import run_gate

    return run_gate(Path(args.results), Path(args.baseline), max_drop=args.max_drop, write_note=not args.no_note)


def cmd_list_models(args: argparse.Namespace) -> int:
    from evalkit.models.clients import get_mistral_client, get_openai_client

    if args.provider in ("openai", "all"):
        for m in sorted(get_openai_client().models.list(), key=lambda m: m.id):
            print(f"openai:{m.id}")
    if args.provider in ("mistral", "all"):
        for m in get_mistral_client().models.list().data or []:
            print(f"mistral:{m.id}")
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from evalkit.data import load_cases
    from evalkit.models.base import ModelSpec
    from evalkit.runner import batch

    cfg = load_run_config(args.config)
    manifest_path = Path(cfg.output_dir) / f"{cfg.name}.batches.json"
    if args.action == "submit":
        cases = load_cases(cfg.dataset)
        manifest = {}
        for raw in cfg.models:
            spec = ModelSpec.parse(raw)
            if spec.provider == "openai":
                manifest[raw] = batch.submit_openai_batch(spec, cases, cfg.generation, cfg.name, Path(cfg.output_dir))
            elif spec.provider == "anthropic":
                manifest[raw] = batch.submit_anthropic_batch(spec, cases, cfg.generation)
            else:
                logger.warning("%s has no batch API support in evalkit, skipping", raw)
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        print(f"submitted {len(manifest)} batches -> {manifest_path}")
        return 0

    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    pending = 0
    for raw, batch_id in manifest.items():
        spec = ModelSpec.parse(raw)
        collect = batch.collect_openai_batch if spec.provider == "openai" else batch.collect_anthropic_batch
        outputs = collect(batch_id, spec.model)
        if outputs is None:
            pending += 1
            continue
        out = Path(cfg.output_dir) / f"{cfg.name}.{spec.provider}.{spec.model.replace('/', '_')}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for case_id, o in outputs.items():
                fh.write(json.dumps({"case_id": case_id, **o.to_dict()}) + "\n")
        print(f"{raw}: {len(outputs)} outputs -> {out}")
    return 3 if pending else 0


def cmd_synth(args: argparse.Namespace) -> int:
    from evalkit import synth
    from evalkit.data import load_jsonl

    seeds = load_jsonl(args.seeds)
    prompts: List[str] = []
    if args.method in ("fewshot", "both"):
        prompts += synth.few_shot_variants(seeds, n=args.n)
    if args.method in ("paraphrase", "both"):
        for case in seeds:
            prompts += synth.paraphrases(case, n=max(1, args.n // max(1, len(seeds))))
    prompts = synth.dedupe(prompts)
    synth.write_candidates(prompts, Path(args.out), source=args.method)
    print(f"wrote {len(prompts)} candidates to {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="evalkit", description="LLM evaluation harness")
    p.add_argument("--version", action="version", version=f"evalkit {__version__}")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run an evaluation")
    run.add_argument("config")
    run.add_argument("--mode", choices=["threads", "async", "batch"])
    run.add_argument("--concurrency", type=int)
    run.add_argument("--no-cache", action="store_true")
    run.add_argument("--ttft", action="store_true", help="stream responses to measure time-to-first-token")
    run.add_argument("--no-narrative", action="store_true")
    run.add_argument("--no-upload", action="store_true")
    run.add_argument("--notify", action="store_true")
    run.set_defaults(func=cmd_run)

    est = sub.add_parser("estimate", help="estimate the cost of a run")
    est.add_argument("config")
    est.add_argument("--exact", action="store_true", help="use provider token-count endpoints where available")
    est.set_defaults(func=cmd_estimate)

    gate = sub.add_parser("gate", help="CI regression gate")
    gate.add_argument("results")
    gate.add_argument("--baseline", required=True)
    gate.add_argument("--max-drop", type=float, default=0.02)
    gate.add_argument("--no-note", action="store_true")
    gate.set_defaults(func=cmd_gate)

    lm = sub.add_parser("list-models")
    lm.add_argument("--provider", choices=["openai", "mistral", "all"], default="all")
    lm.set_defaults(func=cmd_list_models)

    b = sub.add_parser("batch", help="submit/collect provider batch jobs")
    b.add_argument("action", choices=["submit", "collect"])
    b.add_argument("config")
    b.set_defaults(func=cmd_batch)

    s = sub.add_parser("synth", help="generate synthetic test cases")
    s.add_argument("seeds")
    s.add_argument("--out", default="data/synthetic/candidates.jsonl")
    s.add_argument("--method", choices=["fewshot", "paraphrase", "both"], default="both")
    s.add_argument("-n", type=int, default=50)
    s.set_defaults(func=cmd_synth)
    return p


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    try:
        return args.func(args)
    except EvalkitError as exc:
        logger.error("%s", exc)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
