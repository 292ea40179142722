#!/usr/bin/env python3
"""Deploy one or all functions with gcloud.

    python scripts/deploy.py describe_listing --env prod
    python scripts/deploy.py --all --env staging --dry-run

Copies common/ next to the function's main.py in a temp build dir (gcloud
uploads a single directory), merges requirements, then runs gcloud.
"""
from __future__ import annotations

import argparse
import dataclasses
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

HTTP = "http"


@dataclasses.dataclass
class FunctionSpec:
    name: str
    entry_point: str
    trigger: str  # "http" | "topic:<name>" | "bucket:<name>"
    memory: str = "512Mi"
    timeout: int = 120
    secrets: tuple[str, ...] = ()
    env: dict[str, str] = dataclasses.field(default_factory=dict)
    min_instances: int = 0


FUNCTIONS: dict[str, FunctionSpec] = {
    "describe_listing": FunctionSpec("describe_listing", "describe_listing", HTTP,
                                     secrets=("openai-api-key", "mistral-api-key", "cohere-api-key",
                                              "deepseek-api-key")),
    "review_summarizer": FunctionSpec("review_summarizer", "summarize_reviews_event", "topic:reviews-updated",
                                      memory="1Gi", timeout=300,
                                      secrets=("twilio-sid", "twilio-token", "twilio-from-number",
                                               "oncall-phone-number")),
    "translate_content": FunctionSpec("translate_content", "translate_content", "topic:content-translate",
                                      timeout=540, secrets=("mistral-api-key",)),
    "image_alt_text": FunctionSpec("image_alt_text", "image_alt_text", "bucket:{assets_bucket}",
                                   secrets=("openai-api-key",)),
    "search_rerank": FunctionSpec("search_rerank", "search_rerank", HTTP, min_instances=1,
                                  secrets=("cohere-api-key",)),
    "embed_destinations": FunctionSpec("embed_destinations", "embed_destinations", "bucket:{assets_bucket}",
                                       memory="2Gi", timeout=540,
                                       secrets=("cohere-api-key", "openai-api-key")),
    "itinerary_builder": FunctionSpec("itinerary_builder", "itinerary_builder", HTTP, timeout=300,
                                      secrets=("deepseek-api-key",)),
    "seo_meta": FunctionSpec("seo_meta", "seo_meta", HTTP, secrets=("openai-api-key",)),
    "faq_bot": FunctionSpec("faq_bot", "faq_bot", HTTP, min_instances=1),
    "content_qa": FunctionSpec("content_qa", "content_qa", "topic:content-results",
                               secrets=("perplexity-api-key", "slack-content-webhook")),
    "newsletter_digest": FunctionSpec("newsletter_digest", "newsletter_digest", "topic:newsletter-weekly",
                                      timeout=540, secrets=("openai-api-key", "slack-content-webhook")),
}

ENVS = {
    "staging": {"project": "wanderly-content-stg", "assets_bucket": "wanderly-content-assets-stg"},
    "prod": {"project": "wanderly-content-prod", "assets_bucket": "wanderly-content-assets"},
}


@dataclasses.dataclass
class DeployPlan:
    spec: FunctionSpec
    env: str
    build_dir: pathlib.Path

    @classmethod
    def create(cls, spec: FunctionSpec, env: str) -> "DeployPlan":
        build_dir = pathlib.Path(tempfile.mkdtemp(prefix=f"gcf-{spec.name}-"))
        src = ROOT / "functions" / spec.name
        shutil.copytree(src, build_dir, dirs_exist_ok=True)
        shutil.copytree(ROOT / "common", build_dir / "common")
        reqs = (ROOT / "requirements.txt").read_text().splitlines()
        local_reqs = src / "requirements.txt"
        if local_reqs.exists():
            reqs += local_reqs.read_text().splitlines()
        (build_dir / "requirements.txt").write_text("\n".join(sorted(set(r for r in reqs if r.strip()))) + "\n")
        return cls(spec=spec, env=env, build_dir=build_dir)

    def command(self) -> list[str]:
        cfg = ENVS[self.env]
        s = self.spec
        cmd = [
            "gcloud", "functions", "deploy", s.name.replace("_", "-"),
            "--gen2", "--runtime=python311", f"--project={cfg['project']}", "--region=europe-west1",
            f"--source={self.build_dir}", f"--entry-point={s.entry_point}",
            f"--memory={s.memory}", f"--timeout={s.timeout}s", f"--min-instances={s.min_instances}",
            f"--service-account=content-fn@{cfg['project']}.iam.gserviceaccount.com",
        ]
        if s.trigger == HTTP:
            cmd += ["--trigger-http", "--no-allow-unauthenticated"]
        elif s.trigger.startswith("topic:"):
            cmd += [f"--trigger-topic={s.trigger.split(':', 1)[1]}"]
        elif s.trigger.startswith("bucket:"):
            cmd += [f"--trigger-bucket={s.trigger.split(':', 1)[1].format(**cfg)}"]
        env = {"GOOGLE_CLOUD_PROJECT": cfg["project"], "ASSETS_BUCKET": cfg["assets_bucket"], **s.env}
        cmd.append("--set-env-vars=" + ",".join(f"{k}={v}" for k, v in env.items()))
        if s.secrets:
            cmd.append("--set-secrets=" + ",".join(
                f"{x.upper().replace('-', '_')}={x}:latest" for x in s.secrets))
        return cmd


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--env", choices=sorted(ENVS), default="staging")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    names = list(FUNCTIONS) if args.all else args.names
    unknown = [n for n in names if n not in FUNCTIONS]
    if unknown or not names:
        ap.error(f"unknown or missing function(s): {unknown or '(none)'}")

    for name in names:
        plan = DeployPlan.create(FUNCTIONS[name], args.env)
        cmd = plan.command()
        print("+", " ".join(cmd))
        if not args.dry_run:
            rc = subprocess.call(cmd)
            if rc:
                return rc
        shutil.rmtree(plan.build_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
