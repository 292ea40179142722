"""Job spec (YAML) parsing and validation.

Example::

    name: toxicity-v3
    provider: bedrock
    model: anthropic.claude-3-5-haiku-20241022-v1:0
    task: classify
    labels: [toxic, borderline, clean]
    prompt: prompts/toxicity_v3.txt
    input: s3://mlp-datasets/comments/2024-06/*.jsonl
    text_field: body
    concurrency: 8
    rate_limit:
      requests_per_minute: 400
    retries:
      max_attempts: 5
      backoff: 1.5
    params:
      temperature: 0
      max_tokens: 16
    audit:
      sample_rate: 0.02
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from labelkit.errors import SpecError

TASKS = ("classify", "multi_label", "extract", "zero_shot")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9\-_.]{2,62}$")


@dataclass
class RateLimitSpec:
    requests_per_minute: int = 120
    tokens_per_minute: Optional[int] = None


@dataclass
class RetrySpec:
    max_attempts: int = 4
    backoff: float = 2.0
    max_delay: float = 60.0


@dataclass
class AuditSpec:
    sample_rate: float = 0.0
    judge_model: str = "accounts/fireworks/models/llama-v3p1-405b-instruct"


@dataclass
class JobSpec:
    name: str
    provider: str
    model: str
    task: str
    labels: List[str]
    prompt_template: str
    input_uri: str
    text_field: str = "text"
    id_field: str = "id"
    output_prefix: Optional[str] = None
    concurrency: int = 4
    rate_limit: RateLimitSpec = field(default_factory=RateLimitSpec)
    retries: RetrySpec = field(default_factory=RetrySpec)
    audit: AuditSpec = field(default_factory=AuditSpec)
    params: Dict[str, Any] = field(default_factory=dict)
    options: Dict[str, Any] = field(default_factory=dict)
    system_prompt: Optional[str] = None
    source_path: Optional[Path] = None

    @property
    def temperature(self) -> float:
        return float(self.params.get("temperature", 0.0))

    @property
    def max_tokens(self) -> int:
        return int(self.params.get("max_tokens", 64))

    @property
    def multi_label(self) -> bool:
        return self.task == "multi_label"

    def results_prefix(self) -> str:
        return (self.output_prefix or self.name).strip("/")


def _read_prompt(value: str, base: Path) -> str:
    candidate = (base / value) if not Path(value).is_absolute() else Path(value)
    if value.endswith((".txt", ".md", ".j2")):
        if not candidate.exists():
            raise SpecError(f"prompt file not found: {candidate}", "prompt")
        return candidate.read_text()
    return value


def load_spec(path: str | Path, overrides: Optional[Dict[str, Any]] = None) -> JobSpec:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}") from exc
    if overrides:
        raw.update({k: v for k, v in overrides.items() if v is not None})
    return parse_spec(raw, base=path.parent, source=path)


def parse_spec(raw: Dict[str, Any], base: Path = Path("."), source: Optional[Path] = None) -> JobSpec:
    for key in ("name", "provider", "model", "task", "prompt", "input"):
        if key not in raw:
            raise SpecError("missing required key", key)

    name = str(raw["name"])
    if not _NAME_RE.match(name):
        raise SpecError(f"job name {name!r} must be lowercase, 3-63 chars", "name")

    task = raw["task"]
    if task not in TASKS:
        raise SpecError(f"unknown task {task!r}, expected one of {TASKS}", "task")

    labels = [str(x) for x in raw.get("labels") or []]
    if task != "extract" and len(labels) < 2:
        raise SpecError("classification tasks need at least two labels", "labels")

    spec = JobSpec(
        name=name,
        provider=str(raw["provider"]).lower(),
        model=str(raw["model"]),
        task=task,
        labels=labels,
        prompt_template=_read_prompt(str(raw["prompt"]), base),
        input_uri=str(raw["input"]),
        text_field=raw.get("text_field", "text"),
        id_field=raw.get("id_field", "id"),
        output_prefix=raw.get("output_prefix"),
        concurrency=int(raw.get("concurrency", 4)),
        rate_limit=RateLimitSpec(**(raw.get("rate_limit") or {})),
        retries=RetrySpec(**(raw.get("retries") or {})),
        audit=AuditSpec(**(raw.get("audit") or {})),
        params=dict(raw.get("params") or {}),
        options=dict(raw.get("options") or {}),
        system_prompt=raw.get("system_prompt"),
        source_path=source,
    )
    if not 1 <= spec.concurrency <= 64:
        raise SpecError("concurrency must be between 1 and 64", "concurrency")
    if not 0.0 <= spec.audit.sample_rate <= 1.0:
        raise SpecError("audit.sample_rate must be in [0, 1]", "audit.sample_rate")
    return spec
