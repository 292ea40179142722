"""LLM-as-judge quality check on generated blurbs."""
import logging
import re

import luigi

from enrichment.llm import get_anthropic
from enrichment.llm.prompts import JUDGE_TEMPLATE, render
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.tasks.base import CatalogueTask
from enrichment.cost import calculate_cost, estimate_batch_cost
from enrichment.utils import with_retries
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")

_SCORE_RE = re.compile(r"accuracy=(\d)\s+tone=(\d)\s+note=(.*)", re.S)


class JudgeBlurbs(CatalogueTask):
    judge_model = luigi.Parameter(default="claude-3-5-sonnet-20241022")
    blurb_provider = luigi.Parameter(default="openai")
    budget_usd = luigi.FloatParameter(default=25.0)

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, provider=self.blurb_provider, limit=self.limit)

    def output(self):
        return jsonl_target("qa", f"judged_{self.blurb_provider}_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        judge = get_anthropic()
        rows = [r for r in read_jsonl(self.input()) if r["blurb_source"] != "original"]
        prompts = [render(JUDGE_TEMPLATE, source=r["description"] or "(none)", blurb=r["blurb"]) for r in rows]

        estimate = estimate_batch_cost(self.judge_model, prompts, expected_output_tokens=60)
        if estimate > self.budget_usd:
            raise RuntimeError(f"judge run estimated at ${estimate:.2f}, over budget ${self.budget_usd:.2f}")

        spent = 0.0
        out = []
        for row, prompt in zip(rows, prompts):
            probe = judge.messages.count_tokens(model=self.judge_model, messages=[{"role": "user", "content": prompt}])
            if probe.input_tokens > 8000:
                log.warning("skipping %s: prompt too long (%d tokens)", row["isbn"], probe.input_tokens)
                continue
            msg = with_retries(
                judge.messages.create,
                model=self.judge_model,
                max_tokens=120,
                temperature=0,
                messages=[{"role": "user", "content": prompt}],
            )
            spent += calculate_cost(self.judge_model, msg.usage.input_tokens, msg.usage.output_tokens)
            m = _SCORE_RE.search(msg.content[0].text)
            if not m:
                out.append({"isbn": row["isbn"], "accuracy": None, "tone": None, "note": msg.content[0].text})
                continue
            out.append({"isbn": row["isbn"], "accuracy": int(m.group(1)), "tone": int(m.group(2)), "note": m.group(3).strip()})
        self.set_status_message(f"judged {len(out)} blurbs, ${spent:.2f}")
        write_jsonl(self.output(), out)


class SpotCheckBlurb(CatalogueTask):
    """One-off: re-judge a single ISBN with a stricter rubric (used from the ops channel)."""

    isbn = luigi.Parameter()
    judge_model = luigi.Parameter(default="claude-3-5-sonnet-20241022")

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date)

    def output(self):
        return jsonl_target("qa", f"spot_{self.isbn}.jsonl")

    def run(self):
        row = next(r for r in read_jsonl(self.input()) if r["isbn"] == self.isbn)
        reply = get_anthropic().messages.create(
            model=self.judge_model,
            max_tokens=400,
            system="Be strict. Flag any claim not supported by the source.",
            messages=[{"role": "user", "content": render(JUDGE_TEMPLATE, source=row["description"], blurb=row["blurb"])}],
        )
        write_jsonl(self.output(), [{"isbn": self.isbn, "verdict": reply.content[0].text}])
