"""Benchmark suites. A suite yields samples and knows how to turn one into a prompt."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Type

import httpx

from evalharness.config import DEFAULT_CACHE_DIR, SuiteSpec
from evalharness.types import Prompt, Sample

logger = logging.getLogger(__name__)

SUITES: Dict[str, Type["BenchmarkSuite"]] = {}

HF_RESOLVE = "https://huggingface.co/datasets/{repo}/resolve/main/{file}"


def suite(name: str) -> Callable[[Type["BenchmarkSuite"]], Type["BenchmarkSuite"]]:
    def deco(cls: Type["BenchmarkSuite"]) -> Type["BenchmarkSuite"]:
        SUITES[name] = cls
        cls.suite_name = name
        return cls

    return deco


def fetch_dataset_file(repo: str, filename: str, cache_dir: Path = DEFAULT_CACHE_DIR / "datasets") -> Path:
    """Download a data file from the HF hub once; later runs read the local copy."""
    target = cache_dir / repo.replace("/", "__") / filename
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    url = HF_RESOLVE.format(repo=repo, file=filename)
    logger.info("downloading %s", url)
    with httpx.stream("GET", url, follow_redirects=True, timeout=120.0) as resp:
        resp.raise_for_status()
        with open(target, "wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
    return target


class BenchmarkSuite:
    suite_name = "base"
    default_system: Optional[str] = None

    def __init__(self, spec: SuiteSpec):
        self.spec = spec

    def _path(self) -> Path:
        if not self.spec.path:
            raise ValueError(f"suite {self.spec.name} needs a path")
        if self.spec.path.startswith("hf://"):
            repo, _, filename = self.spec.path[len("hf://"):].rpartition("/")
            return fetch_dataset_file(repo, filename)
        return Path(self.spec.path)

    def samples(self) -> Iterator[Sample]:
        with open(self._path(), encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if self.spec.limit is not None and i >= self.spec.limit:
                    break
                row = json.loads(line)
                yield Sample(
                    id=str(row.get("id", i)),
                    input=row["input"],
                    reference=row.get("reference"),
                    metadata={k: v for k, v in row.items() if k not in ("id", "input", "reference")},
                )

    def to_prompt(self, sample: Sample) -> Prompt:
        return Prompt.from_text(sample.input, system=self.default_system)

    def default_graders(self) -> List[str]:
        return ["exact_match"]


def get_suite(spec: SuiteSpec) -> BenchmarkSuite:
    # import for registration side effects
    from evalharness.suites import qa, retrieval  # noqa: F401

    return SUITES.get(spec.name, BenchmarkSuite)(spec)
