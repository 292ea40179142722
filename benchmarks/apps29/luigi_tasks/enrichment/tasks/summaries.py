"""Reader-review summaries for the sales team."""
import asyncio
import functools
import logging

import luigi

from enrichment.llm import get_cohere, get_mistral
from enrichment.llm.prompts import REVIEW_SUMMARY_TEMPLATE, render
from enrichment.services.llm_usage_tracker import llm_tracker
from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.ingest import ExtractCatalogue
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")


class SummariseReviews(CatalogueTask):
    """Tracked: goes through llm_tracker like the finance team asked."""

    model = luigi.Parameter(default="command-r-plus-08-2024")
    min_reviews = luigi.IntParameter(default=3)

    def requires(self):
        return ExtractCatalogue(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("reviews", f"summaries_{self.run_date:%Y%m%d}.jsonl")

    async def _summarise(self, co, row):
        prompt = render(REVIEW_SUMMARY_TEMPLATE, reviews="\n---\n".join(row["reviews"][:40]))
        async with llm_tracker.track_llm_call(
            provider="cohere", model=self.model, feature_context="review_summary"
        ) as usage_log:
            response = co.chat(model=self.model, messages=[{"role": "user", "content": prompt}])
            usage_log.input_tokens = int(response.usage.tokens.input_tokens)
            usage_log.output_tokens = int(response.usage.tokens.output_tokens)
        return response.message.content[0].text

    def run(self):
        co = get_cohere()
        out = []
        for row in read_jsonl(self.input()):
            if len(row["reviews"]) < self.min_reviews:
                continue
            out.append({"isbn": row["isbn"], "summary": asyncio.run(self._summarise(co, row))})
        write_jsonl(self.output(), out)


class SummariseReviewsMistral(CatalogueTask):
    """Experimental: same thing on Mistral, streamed.  Not yet wired to the tracker."""

    model = luigi.Parameter(default="mistral-small-latest")

    def requires(self):
        return ExtractCatalogue(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("reviews", f"summaries_mistral_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        client = get_mistral()
        summarise = functools.partial(client.chat.complete, model=self.model, temperature=0.3)
        out = []
        for row in read_jsonl(self.input()):
            if not row["reviews"]:
                continue
            prompt = render(REVIEW_SUMMARY_TEMPLATE, reviews="\n---\n".join(row["reviews"][:40]))
            if len(row["reviews"]) > 25:
                parts = []
                for event in client.chat.stream(model=self.model, messages=[{"role": "user", "content": prompt}]):
                    delta = event.data.choices[0].delta.content
                    if delta:
                        parts.append(delta)
                text = "".join(parts)
            else:
                resp = summarise(messages=[{"role": "user", "content": prompt}])
                text = resp.choices[0].message.content
            out.append({"isbn": row["isbn"], "summary": text})
        write_jsonl(self.output(), out)
