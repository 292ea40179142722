"""Default runner: fans (model x case) pairs out over a thread pool."""
from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Dict, List, Sequence

from evalkit.cache import ResponseCache
from evalkit.config import RunConfig
from evalkit.graders import Grader
from evalkit.metrics import Metric
from evalkit.models import ModelAdapter, get_adapter
from evalkit.runner.limits import LimiterPool, completion, print_progress
from evalkit.schemas import CaseResult, GradeResult, ModelOutput, TestCase

logger = logging.getLogger(__name__)


class ThreadPoolRunner:
    def __init__(
        self,
        config: RunConfig,
        cache: ResponseCache,
        graders: Sequence[Grader] = (),
        metrics: Sequence[Metric] = (),
        measure_ttft: bool = False,
    ) -> None:
        self.config = config
        self.cache = cache
        self.graders = list(graders)
        self.metrics = list(metrics)
        self.measure_ttft = measure_ttft
        self.limiters = LimiterPool(config.requests_per_minute)

    def _generate(self, adapter: ModelAdapter, case: TestCase) -> ModelOutput:
        key = self.cache.key(adapter.spec, case, self.config.generation)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        self.limiters.for_provider(adapter.provider).acquire()
        try:
            if self.measure_ttft:
                output = adapter.generate_streaming(case)
            else:
                output = adapter.generate(case)
        except Exception as exc:  # noqa: BLE001 - one bad case must not kill a 5k-case run
            logger.warning("%s failed on %s: %s", adapter.spec, case.id, exc)
            return ModelOutput.failed(adapter.model, adapter.provider, f"{type(exc).__name__}: {exc}")
        self.cache.set(key, output)
        return output

    def _grade(self, case: TestCase, output: ModelOutput) -> List[GradeResult]:
        if output.error:
            return []
        results = []
        for grader in self.graders:
            try:
                results.append(grader.grade(case, output))
            except Exception as exc:  # noqa: BLE001
                logger.warning("grader %s failed on %s: %s", grader.name, case.id, exc)
                results.append(GradeResult(grader=grader.name, score=0.0, passed=False, rationale=f"error: {exc}"))
        return results

    def _run_one(self, spec: str, adapter: ModelAdapter, case: TestCase) -> CaseResult:
        output = self._generate(adapter, case)
        result = CaseResult(case=case, model_spec=spec, output=output)
        result.grades = self._grade(case, output)
        if not output.error:
            for metric in self.metrics:
                result.metrics[metric.name] = metric.score(case, output)
        return result

    def run(self, cases: Sequence[TestCase]) -> List[CaseResult]:
        adapters: Dict[str, ModelAdapter] = {
            spec: get_adapter(spec, **self.config.generation) for spec in self.config.models
        }
        total = len(adapters) * len(cases)
        results: List[CaseResult] = []
        failures = 0
        started = time.monotonic()
        logger.info("running %d cases x %d models with %d workers", len(cases), len(adapters), self.config.concurrency)

        with ThreadPoolExecutor(max_workers=self.config.concurrency, thread_name_prefix="evalkit") as pool:
            futures = {
                pool.submit(self._run_one, spec, adapter, case): (spec, case.id)
                for spec, adapter in adapters.items()
                for case in cases
            }
            for done, fut in enumerate(as_completed(futures), start=1):
                result = fut.result()
                if result.output.error:
                    failures += 1
                results.append(result)
                print_progress(done, total, time.monotonic() - started, failures)
                if failures > 50 and completion(done, total) < 0.2:
                    logger.error("more than 50 failures in the first 20%% of the run, aborting")
                    for pending in futures:
                        pending.cancel()
                    break

        logger.info("cache: %s", self.cache.stats())
        return results
