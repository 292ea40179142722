"""asyncio runner.

Used for the big nightly sweeps where a thread per in-flight request gets heavy.
OpenAI and Anthropic go straight through their async clients here; the adapters
for those two still only have a sync path (agenerate falls back to a worker thread).
TODO(evals-infra): move these fast paths into OpenAIAdapter/AnthropicAdapter.agenerate
and drop the special-casing below.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Dict, List, Sequence

import anthropic

from evalkit.cache import ResponseCache
from evalkit.config import RunConfig
from evalkit.graders import Grader
from evalkit.models import ModelAdapter, get_adapter
from evalkit.models.base import ModelSpec
from evalkit.models.clients import get_async_anthropic_client, get_async_openai_client
from evalkit.runner.limits import LimiterPool, print_progress, with_retries
from evalkit.schemas import CaseResult, ModelOutput, TestCase

logger = logging.getLogger(__name__)


class AsyncRunner:
    def __init__(self, config: RunConfig, cache: ResponseCache, graders: Sequence[Grader] = ()) -> None:
        self.config = config
        self.cache = cache
        self.graders = list(graders)
        self.limiters = LimiterPool(config.requests_per_minute)
        self._sem: "asyncio.Semaphore | None" = None

    @with_retries()
    async def _call_model(self, spec: ModelSpec, adapter: ModelAdapter, case: TestCase) -> ModelOutput:
        gen = self.config.generation
        started = time.perf_counter()

        if spec.provider == "openai" and not spec.model.startswith(("o1", "o3", "o4", "gpt-5")):
            client = get_async_openai_client()
            resp = await client.chat.completions.create(
                model=spec.model,
                messages=adapter.build_messages(case),
                temperature=gen.get("temperature", 0.0),
                max_tokens=gen.get("max_tokens", 1024),
            )
            return ModelOutput(
                text=resp.choices[0].message.content or "",
                model=spec.model,
                provider=spec.provider,
                input_tokens=resp.usage.prompt_tokens,
                output_tokens=resp.usage.completion_tokens,
                latency_s=time.perf_counter() - started,
                raw_id=resp.id,
            )

        if spec.provider == "anthropic":
            msg = await get_async_anthropic_client().messages.create(
                model=spec.model,
                max_tokens=gen.get("max_tokens", 1024),
                temperature=gen.get("temperature", 0.0),
                system=case.system_prompt or anthropic.NOT_GIVEN,
                messages=[{"role": "user", "content": case.prompt}],
            )
            return ModelOutput(
                text="".join(b.text for b in msg.content if b.type == "text"),
                model=spec.model,
                provider=spec.provider,
                input_tokens=msg.usage.input_tokens,
                output_tokens=msg.usage.output_tokens,
                latency_s=time.perf_counter() - started,
                raw_id=msg.id,
            )

        return await adapter.agenerate(case)

    async def _run_one(self, spec: ModelSpec, adapter: ModelAdapter, case: TestCase) -> CaseResult:
        key = self.cache.key(str(spec), case, self.config.generation)
        output = self.cache.get(key)
        if output is None:
            async with self._sem:
                await self.limiters.for_provider(spec.provider).aacquire()
                try:
                    output = await self._call_model(spec, adapter, case)
                except Exception as exc:  # noqa: BLE001
                    logger.warning("%s failed on %s: %s", spec, case.id, exc)
                    output = ModelOutput.failed(spec.model, spec.provider, f"{type(exc).__name__}: {exc}")
                else:
                    self.cache.set(key, output)

        result = CaseResult(case=case, model_spec=str(spec), output=output)
        if not output.error:
            # graders are sync; keep them off the event loop
            for grader in self.graders:
                agrade = getattr(grader, "agrade", None)
                if agrade is not None:
                    result.grades.append(await agrade(case, output))
                else:
                    result.grades.append(await asyncio.to_thread(grader.grade, case, output))
        return result

    async def run(self, cases: Sequence[TestCase]) -> List[CaseResult]:
        # created here so it binds to the running loop (py3.9)
        self._sem = asyncio.Semaphore(self.config.concurrency)
        adapters: Dict[ModelSpec, ModelAdapter] = {}
        for raw in self.config.models:
            spec = ModelSpec.parse(raw)
            adapters[spec] = get_adapter(raw, **self.config.generation)

        tasks = [
            asyncio.ensure_future(self._run_one(spec, adapter, case))
            for spec, adapter in adapters.items()
            for case in cases
        ]
        results: List[CaseResult] = []
        started = time.monotonic()
        failures = 0
        for done, coro in enumerate(asyncio.as_completed(tasks), start=1):
            res = await coro
            failures += bool(res.output.error)
            results.append(res)
            print_progress(done, len(tasks), time.monotonic() - started, failures)
        return results


def run_async(config: RunConfig, cache: ResponseCache, graders: Sequence[Grader], cases: Sequence[TestCase]):
    return asyncio.run(AsyncRunner(config, cache, graders).run(cases))
