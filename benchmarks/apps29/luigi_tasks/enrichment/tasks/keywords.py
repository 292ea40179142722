"""Retailer search keywords.  Gemini for the bulk run, Bedrock for the
imprint that is contractually kept inside our AWS account."""
import asyncio
import concurrent.futures
import logging

import luigi

from enrichment.llm import default_pool, get_genai
from enrichment.llm.prompts import KEYWORDS_TEMPLATE, render
from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")

RESTRICTED_IMPRINTS = {"Marrow & Finch"}
MAX_PROMPT_TOKENS = 6000


def _parse_keywords(text, n):
    words = [w.strip(" -*\t").lower() for w in (text or "").splitlines()]
    return [w for w in words if w][:n]


class ExtractKeywords(CatalogueTask):
    n_keywords = luigi.IntParameter(default=7)
    gemini_model = luigi.Parameter(default="gemini-1.5-flash")
    bedrock_model = luigi.Parameter(default="anthropic.claude-3-haiku-20240307-v1:0")
    workers = luigi.IntParameter(default=4, significant=False)

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("keywords", f"keywords_{self.run_date:%Y%m%d}.jsonl")

    def _gemini(self, row):
        client = get_genai()
        prompt = render(KEYWORDS_TEMPLATE, n=self.n_keywords, title=row["title"], blurb=row["blurb"])
        counted = client.models.count_tokens(model=self.gemini_model, contents=prompt)
        if counted.total_tokens > MAX_PROMPT_TOKENS:
            prompt = prompt[: MAX_PROMPT_TOKENS * 3]
        resp = client.models.generate_content(model=self.gemini_model, contents=prompt)
        return _parse_keywords(resp.text, self.n_keywords)

    def _bedrock(self, row):
        prompt = render(KEYWORDS_TEMPLATE, n=self.n_keywords, title=row["title"], blurb=row["blurb"])
        with default_pool.lease("bedrock") as brt:
            resp = brt.converse(
                modelId=self.bedrock_model,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 200, "temperature": 0.2},
            )
        text = resp["output"]["message"]["content"][0]["text"]
        return _parse_keywords(text, self.n_keywords)

    def _one(self, row):
        if row.get("imprint") in RESTRICTED_IMPRINTS:
            return {"isbn": row["isbn"], "keywords": self._bedrock(row), "via": "bedrock"}
        return {"isbn": row["isbn"], "keywords": self._gemini(row), "via": "gemini"}

    def run(self):
        rows = list(read_jsonl(self.input()))
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.workers) as ex:
            results = list(ex.map(self._one, rows))
        write_jsonl(self.output(), results)


class ExtractKeywordsAsync(CatalogueTask):
    """Same as ExtractKeywords (Gemini half only) but on the async client;
    roughly 4x faster for the full backlist.  Will replace ExtractKeywords
    once the Bedrock imprint is moved over."""

    n_keywords = luigi.IntParameter(default=7)
    gemini_model = luigi.Parameter(default="gemini-1.5-flash")
    concurrency = luigi.IntParameter(default=8, significant=False)

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("keywords", f"keywords_async_{self.run_date:%Y%m%d}.jsonl")

    async def _run_all(self, rows):
        aclient = get_genai().aio
        sem = asyncio.Semaphore(self.concurrency)

        async def one(row):
            prompt = render(KEYWORDS_TEMPLATE, n=self.n_keywords, title=row["title"], blurb=row["blurb"])
            async with sem:
                resp = await aclient.models.generate_content(
                    model=self.gemini_model,
                    contents=prompt,
                    config={"temperature": 0.2, "max_output_tokens": 120},
                )
            return {"isbn": row["isbn"], "keywords": _parse_keywords(resp.text, self.n_keywords), "via": "gemini"}

        return await asyncio.gather(*(one(r) for r in rows if r.get("imprint") not in RESTRICTED_IMPRINTS))

    def run(self):
        rows = list(read_jsonl(self.input()))
        write_jsonl(self.output(), asyncio.run(self._run_all(rows)))
