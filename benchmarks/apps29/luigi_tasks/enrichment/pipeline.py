"""Top-level wrapper tasks, one per scheduled run, plus the ONIX export."""
import json

import luigi

from enrichment.config import data_path
from enrichment.onix import OnixMessage, OnixProduct
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.tasks.keywords import ExtractKeywords
from enrichment.tasks.moderation import ScreenBlurbs
from enrichment.tasks.subjects import RerankSubjects
from enrichment.utils import read_jsonl

from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.bios import WriteAuthorBios
from enrichment.tasks.covers import CoverAltText
from enrichment.tasks.embeddings import EmbedTitles
from enrichment.tasks.qa import JudgeBlurbs
from enrichment.tasks.summaries import SummariseReviews
from enrichment.tasks.translations import LANGUAGES, PolishTranslations


class ExportOnix(CatalogueTask):
    sender = luigi.Parameter(default="Harbour Press Group")

    def requires(self):
        kw = dict(run_date=self.run_date, limit=self.limit)
        return {
            "blurbs": GenerateBlurbs(**kw),
            "subjects": RerankSubjects(**kw),
            "keywords": ExtractKeywords(**kw),
            "screen": ScreenBlurbs(**kw),
        }

    def output(self):
        return luigi.LocalTarget(data_path("export", f"onix_{self.run_date:%Y%m%d}.xml"))

    def run(self):
        inp = self.input()
        subjects = {r["isbn"]: r["subjects"] for r in read_jsonl(inp["subjects"])}
        keywords = {r["isbn"]: r["keywords"] for r in read_jsonl(inp["keywords"])}
        flagged = {r["isbn"] for r in read_jsonl(inp["screen"]) if r["flagged"]}
        message = OnixMessage.create(sender=self.sender)
        for row in read_jsonl(inp["blurbs"]):
            if row["isbn"] in flagged:
                continue
            record = {**row, "subjects": subjects.get(row["isbn"], []), "keywords": keywords.get(row["isbn"], [])}
            message.add(OnixProduct.create(record))
        with self.output().open("w") as fh:
            fh.write(message.to_xml())


class NightlyEnrichment(luigi.WrapperTask, CatalogueTask):
    """Everything the retailer feed needs; run from cron at 02:00."""

    def requires(self):
        kw = dict(run_date=self.run_date, limit=self.limit)
        yield ExportOnix(**kw)
        yield CoverAltText(**kw)
        yield SummariseReviews(**kw)


class WeeklyEnrichment(luigi.WrapperTask, CatalogueTask):
    embedding_provider = luigi.Parameter(default="openai")
    languages = luigi.ListParameter(default=sorted(LANGUAGES))

    def requires(self):
        kw = dict(run_date=self.run_date, limit=self.limit)
        yield NightlyEnrichment(**kw)
        yield EmbedTitles(provider=self.embedding_provider, **kw)
        yield JudgeBlurbs(**kw)
        yield WriteAuthorBios(**kw)
        for lang in self.languages:
            yield PolishTranslations(language=lang, **kw)


class ProviderBakeOff(luigi.WrapperTask, CatalogueTask):
    """Generate and judge blurbs with several providers for comparison."""

    providers = luigi.ListParameter(default=["openai", "anthropic", "mistral", "google"])

    def requires(self):
        for provider in self.providers:
            yield JudgeBlurbs(run_date=self.run_date, limit=self.limit, blurb_provider=provider)


class UsageReport(CatalogueTask):
    """Roll the tracker's JSON lines up per feature for the finance dashboard.

    Note: only calls that went through llm_tracker / multi_model_service are
    in here; the rest of the pipeline is not (yet) tracked.
    """

    def requires(self):
        return NightlyEnrichment(run_date=self.run_date, limit=self.limit)

    def output(self):
        return luigi.LocalTarget(data_path("usage", f"report_{self.run_date:%Y%m%d}.json"))

    def run(self):
        usage_file = luigi.LocalTarget(data_path("usage", f"llm_usage_{self.run_date:%Y%m%d}.jsonl"))
        totals = {}
        if usage_file.exists():
            for row in read_jsonl(usage_file):
                key = (row["feature_context"], row["provider"], row["model"])
                agg = totals.setdefault(key, {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0})
                agg["calls"] += 1
                agg["input_tokens"] += row["input_tokens"]
                agg["output_tokens"] += row["output_tokens"]
                agg["cost_usd"] += row["cost_usd"]
        report = [
            {"feature": f, "provider": p, "model": m, **agg} for (f, p, m), agg in sorted(totals.items())
        ]
        with self.output().open("w") as fh:
            json.dump({"run_date": self.run_date.isoformat(), "rows": report}, fh, indent=2)
