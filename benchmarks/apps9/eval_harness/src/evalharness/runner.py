"""Runs suites x models, caches generations, grades, and writes results."""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from rich.progress import Progress

from evalharness.adapters import build_adapter
from evalharness.adapters.base import ModelAdapter
from evalharness.cache import DiskCache, generation_key
from evalharness.config import ModelSpec, RunConfig
from evalharness.graders import get_grader
from evalharness.graders.base import Grader
from evalharness.suites import BenchmarkSuite, get_suite
from evalharness.types import Completion, GenerationError, GradeResult, Sample
from evalharness.writers import JsonlWriter

logger = logging.getLogger(__name__)

_JUDGE_GRADERS = {"llm_judge", "llm_judge_noref"}


@dataclass
class RunSummary:
    scores: Dict[Tuple[str, str, str], List[float]] = field(default_factory=lambda: defaultdict(list))
    tokens: Dict[str, List[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: int = 0

    def rows(self, run_name: str) -> List[dict]:
        out = []
        for (model, suite, grader), values in sorted(self.scores.items()):
            tin, tout = self.tokens[model]
            out.append(dict(
                run_name=run_name, model_name=model, suite=suite, grader=grader,
                n_samples=len(values), mean_score=sum(values) / max(len(values), 1),
                input_tokens=tin, output_tokens=tout,
            ))
        return out


class Runner:
    def __init__(self, config: RunConfig, out_dir: Path, use_cache: bool = True):
        self.config = config
        self.out_dir = Path(out_dir)
        self.cache = DiskCache(enabled=use_cache)
        self.writer = JsonlWriter(self.out_dir)
        self.summary = RunSummary()

    def _graders(self, suite: BenchmarkSuite) -> List[Grader]:
        names = self.config.graders or suite.default_graders()
        graders = []
        for name in names:
            if name in _JUDGE_GRADERS:
                graders.append(get_grader(name, judge=self.config.judge, cache=self.cache))
            else:
                graders.append(get_grader(name))
        return graders

    def _generate(self, adapter: ModelAdapter, spec: ModelSpec, suite: BenchmarkSuite, sample: Sample) -> Completion:
        prompt = suite.to_prompt(sample)
        key = generation_key(spec.adapter, spec.model, prompt, spec.params)
        cached = self.cache.get_completion(key)
        if cached is not None:
            return cached
        try:
            completion = adapter.generate(prompt)
        except Exception as exc:
            raise GenerationError(spec.adapter, spec.model, exc) from exc
        self.cache.set_completion(key, completion)
        return completion

    def _run_sample(self, adapter, spec, suite, graders, sample) -> List[GradeResult]:
        completion = self._generate(adapter, spec, suite, sample)
        results = [g.grade(sample, completion) for g in graders]
        self.writer.write(f"{suite.spec.name}.generations", {
            "model": spec.name, "sample_id": sample.id, **completion.to_dict(),
        })
        for r in results:
            self.writer.write(f"{suite.spec.name}.grades", {"model": spec.name, **r.__dict__})
        tok = self.summary.tokens[spec.name]
        tok[0] += completion.input_tokens
        tok[1] += completion.output_tokens
        return results

    def run(self, only_models: Optional[List[str]] = None) -> RunSummary:
        started = time.time()
        for suite_spec in self.config.suites:
            suite = get_suite(suite_spec)
            if suite_spec.name == "retrieval":
                # embedding suite: no adapters, no graders
                self.writer.write("retrieval.metrics", {"metrics": suite.evaluate()})
                continue
            samples = list(suite.samples())
            graders = self._graders(suite)
            for spec in self.config.models:
                if only_models and spec.name not in only_models:
                    continue
                adapter = build_adapter(spec)
                logger.info("running %s on %s (%d samples)", spec.name, suite_spec.name, len(samples))
                with Progress(transient=True) as progress, ThreadPoolExecutor(self.config.concurrency) as pool:
                    task = progress.add_task(f"{spec.name}/{suite_spec.name}", total=len(samples))
                    futures = {
                        pool.submit(self._run_sample, adapter, spec, suite, graders, s): s for s in samples
                    }
                    for fut in as_completed(futures):
                        progress.advance(task)
                        try:
                            for r in fut.result():
                                self.summary.scores[(spec.name, suite_spec.name, r.grader)].append(r.score)
                        except GenerationError as exc:
                            self.summary.errors += 1
                            logger.warning("sample %s failed: %s", futures[fut].id, exc)
                adapter.close()
        self.writer.close()
        logger.info("run finished in %.0fs, cache %s", time.time() - started, self.cache.stats())
        return self.summary
