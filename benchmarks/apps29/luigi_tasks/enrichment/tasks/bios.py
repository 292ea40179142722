"""Author biographies from the rights database (Bedrock only - contract)."""
import asyncio
import json
import logging

import luigi

from enrichment.llm import default_pool
from enrichment.llm.completion import complete
from enrichment.llm.prompts import BIO_TEMPLATE, render
from enrichment.services.llm_usage_tracker import llm_tracker
from enrichment.tasks.base import CatalogueTask, LLMTask
from enrichment.tasks.ingest import ExtractCatalogue
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")


class AuthorFacts(luigi.ExternalTask):
    def output(self):
        return luigi.LocalTarget("/srv/backlist/rights/author_facts.json")


class WriteAuthorBios(CatalogueTask):
    model = luigi.Parameter(default="anthropic.claude-3-haiku-20240307-v1:0")
    stream = luigi.BoolParameter(default=False)

    def requires(self):
        return {"titles": ExtractCatalogue(run_date=self.run_date, limit=self.limit), "facts": AuthorFacts()}

    def output(self):
        return jsonl_target("bios", f"bios_{self.run_date:%Y%m%d}.jsonl")

    def _bio_streaming(self, brt, prompt):
        resp = brt.converse_stream(
            modelId=self.model,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 300},
        )
        text = []
        for event in resp["stream"]:
            if "contentBlockDelta" in event:
                text.append(event["contentBlockDelta"]["delta"].get("text", ""))
        return "".join(text)

    def run(self):
        with self.input()["facts"].open("r") as fh:
            facts = json.load(fh)
        authors = sorted({r["author"] for r in read_jsonl(self.input()["titles"]) if r["author"] in facts})
        out = []
        with default_pool.lease("bedrock") as brt:
            for author in authors:
                prompt = render(BIO_TEMPLATE, facts=json.dumps(facts[author], ensure_ascii=False))
                if self.stream:
                    bio = self._bio_streaming(brt, prompt)
                else:
                    bio = complete("bedrock", brt, self.model, "You write concise author bios.", prompt, 300).text
                out.append({"author": author, "bio": bio})
        write_jsonl(self.output(), out)


class RefreshAuthorBio(CatalogueTask):
    """Ops-triggered refresh of a single bio; tracked via llm_tracker."""

    author = luigi.Parameter()
    model = luigi.Parameter(default="anthropic.claude-3-haiku-20240307-v1:0")

    def requires(self):
        return AuthorFacts()

    def output(self):
        slug = "".join(ch if ch.isalnum() else "_" for ch in self.author.lower())
        return jsonl_target("bios", f"refresh_{slug}.jsonl")

    async def _refresh(self, facts):
        prompt = render(BIO_TEMPLATE, facts=json.dumps(facts, ensure_ascii=False))
        with default_pool.lease("bedrock") as brt:
            async with llm_tracker.track_llm_call(
                provider="bedrock", model=self.model, feature_context="author_bio_refresh"
            ) as usage_log:
                resp = brt.converse(
                    modelId=self.model,
                    messages=[{"role": "user", "content": [{"text": prompt}]}],
                    inferenceConfig={"maxTokens": 300},
                )
                usage_log.input_tokens = resp["usage"]["inputTokens"]
                usage_log.output_tokens = resp["usage"]["outputTokens"]
        return resp["output"]["message"]["content"][0]["text"]

    def run(self):
        with self.input().open("r") as fh:
            facts = json.load(fh)[self.author]
        bio = asyncio.run(self._refresh(facts))
        write_jsonl(self.output(), [{"author": self.author, "bio": bio}])


class WriteAuthorBiosAnyProvider(LLMTask):
    """Half-done generalisation of WriteAuthorBios (see PUB-412)."""

    def requires(self):
        return {"titles": ExtractCatalogue(run_date=self.run_date, limit=self.limit), "facts": AuthorFacts()}

    def output(self):
        return jsonl_target("bios", f"bios_{self.provider}_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        with self.input()["facts"].open("r") as fh:
            facts = json.load(fh)
        out = []
        for author, author_facts in facts.items():
            result = self.ask("You write concise author bios.", render(BIO_TEMPLATE, facts=json.dumps(author_facts)), 300)
            out.append({"author": author, "bio": result.text, "provider": self.provider})
        write_jsonl(self.output(), out)
