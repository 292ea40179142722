"""Run the same prompt set through every provider and compare.

    python flows/eval_models_flow.py run --providers openai,anthropic,google,bedrock
"""
import asyncio
import json
import logging

from metaflow import FlowSpec, IncludeFile, Parameter, card, catch, current, retry, step

from evaluation import MetricSuite, PairwiseJudge
from evaluation.datasets import stratified_sample
from evaluation.judges import AsyncRubricJudge
from llmkit import ProviderRouter, get_async_anthropic_client, get_openai_client
from llmkit.config import settings

log = logging.getLogger(__name__)


class EvalModelsFlow(FlowSpec):
    eval_set = IncludeFile("eval-set", default="data/model_eval_v2.jsonl")
    providers = Parameter("providers", default="openai,anthropic,google,bedrock,fireworks", separator=",")
    sample_size = Parameter("sample-size", type=int, default=150)
    pairwise_baseline = Parameter("pairwise-baseline", default="openai")

    @step
    def start(self):
        from evaluation.datasets import EvalItem

        items = [EvalItem(**json.loads(l)) for l in self.eval_set.splitlines() if l.strip()]
        self.items = stratified_sample(items, self.sample_size)
        self.provider_list = list(self.providers)
        self.next(self.run_provider, foreach="provider_list")

    @retry(times=2)
    @catch(var="provider_error")
    @step
    def run_provider(self):
        self.provider = self.input
        router = ProviderRouter(default_provider=self.provider)
        self.outputs = []
        for item in self.items:
            c = router.complete(item.question, system="Answer concisely.")
            self.outputs.append(
                {
                    "id": item.id,
                    "text": c.text,
                    "in": c.input_tokens,
                    "out": c.output_tokens,
                    "latency": c.latency_s,
                }
            )
        self.next(self.grade)

    @step
    def grade(self):
        judge = AsyncRubricJudge(get_async_anthropic_client(), model=settings.models.anthropic_chat)
        rows = [
            {"question": it.question, "reference": it.reference, "context": "", "candidate": o["text"]}
            for it, o in zip(self.items, self.outputs or [])
        ]
        self.grades = asyncio.run(judge.score_many(rows)) if rows else []
        self.next(self.join)

    @step
    def join(self, inputs):
        self.results = {}
        self.outputs_by_provider = {}
        for inp in inputs:
            if getattr(inp, "provider_error", None):
                log.error("%s failed: %s", inp.provider, inp.provider_error)
                continue
            suite = MetricSuite.create(["token_f1", "contains"])
            metrics = suite.compute([o["text"] for o in inp.outputs], [it.reference for it in inp.items])
            metrics["judge_correctness"] = sum(g["correctness"] for g in inp.grades) / max(len(inp.grades), 1)
            metrics["tokens_out"] = sum(o["out"] for o in inp.outputs)
            self.results[inp.provider] = metrics
            self.outputs_by_provider[inp.provider] = inp.outputs
        self.merge_artifacts(inputs, include=["items", "pairwise_baseline"])
        self.next(self.pairwise)

    @step
    def pairwise(self):
        judge = PairwiseJudge(get_openai_client(), model=settings.models.openai_large)
        base = self.outputs_by_provider.get(self.pairwise_baseline, [])
        self.win_rates = {}
        for provider, outs in self.outputs_by_provider.items():
            if provider == self.pairwise_baseline:
                continue
            wins = 0
            for item, a, b in list(zip(self.items, outs, base))[:40]:
                if judge.compare_both_orders(item.question, a["text"], b["text"]) == "A":
                    wins += 1
            self.win_rates[provider] = wins / 40
        self.next(self.end)

    @card(type="blank", id="eval_report")
    @step
    def end(self):
        from cards.report import render_model_comparison

        render_model_comparison(current.card["eval_report"], self.results, self.win_rates)


if __name__ == "__main__":
    EvalModelsFlow()
