"""Screen generated blurbs before anything reaches a retailer feed."""
import concurrent.futures
import logging

import luigi

from enrichment.llm import get_openai
from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.utils import chunked, jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")


class ScreenBlurbs(CatalogueTask):
    moderation_model = luigi.Parameter(default="omni-moderation-latest")
    blurb_provider = luigi.Parameter(default="openai")

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, provider=self.blurb_provider, limit=self.limit)

    def output(self):
        return jsonl_target("moderation", f"screened_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        client = get_openai()
        rows = list(read_jsonl(self.input()))
        batches = list(chunked(rows, 32))
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
            futures = [
                ex.submit(client.moderations.create, model=self.moderation_model, input=[r["blurb"] for r in b])
                for b in batches
            ]
            verdicts = [f.result() for f in futures]
        out = []
        for batch, verdict in zip(batches, verdicts):
            for row, result in zip(batch, verdict.results):
                flagged = [name for name, hit in result.categories.model_dump().items() if hit]
                out.append({"isbn": row["isbn"], "flagged": result.flagged, "categories": flagged})
        n_flagged = sum(1 for r in out if r["flagged"])
        self.set_status_message(f"{n_flagged}/{len(out)} blurbs flagged")
        write_jsonl(self.output(), out)
