#!/usr/bin/env python
"""Build the weekly HTML report with a model-written section per service.

    python -m scripts.export_report --provider Claude --out report.html
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import prompts, state  # noqa: E402
from analysis.clients import get_anthropic_client, get_fireworks_client, get_mistral_client, get_openai_client, make_bedrock_runtime  # noqa: E402
from analysis.registry import get_backend  # noqa: E402
from config import settings  # noqa: E402
from data.report import ReportBuilder  # noqa: E402
from data.sources import SERVICES, default_source  # noqa: E402


def _init_clients() -> None:
    state.CLIENTS.openai = get_openai_client()
    state.CLIENTS.anthropic = get_anthropic_client()
    state.CLIENTS.mistral = get_mistral_client()
    state.CLIENTS.fireworks = get_fireworks_client()
    state.CLIENTS.bedrock = make_bedrock_runtime()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", default="Claude")
    ap.add_argument("--out", default="weekly.html")
    ap.add_argument("--headline", action="store_true", help="add a one-line model headline at the top")
    args = ap.parse_args(argv)
    _init_clients()

    backend = get_backend(args.provider)
    src = default_source()
    builder = ReportBuilder()
    bodies = []
    for svc in SERVICES:
        df = src.fetch(svc, "latency_p95", hours=168).merge(src.fetch(svc, "error_rate", hours=168), on="ts")
        body = backend(prompts.summary_prompt(svc, df), prompts.SYSTEM_SUMMARY)
        bodies.append(body)
        builder.section(svc, body, df.describe().reset_index())

    if args.headline:
        headline = state.CLIENTS.openai.responses.create(
            model=settings.openai_model,
            input="Write one headline (max 12 words) for this weekly ops report:\n\n" + "\n\n".join(bodies),
        )
        builder.report.sections.insert(0, type(builder.report.sections[0])("Headline", headline.output_text))

    Path(args.out).write_text(builder.report.generate())
    print(f"wrote {args.out} ({builder.completion():.0%} of services)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
