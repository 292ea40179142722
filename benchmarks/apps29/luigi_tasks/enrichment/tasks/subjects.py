"""BISAC subject codes: Mistral proposes candidates, Cohere rerank orders them."""
import json
import logging

import luigi

from enrichment.llm import get_cohere, get_mistral
from enrichment.llm.prompts import SUBJECT_SYSTEM
from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.utils import chunked, jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")

BISAC_SHORTLIST = {
    "FIC000000": "FICTION / General",
    "FIC019000": "FICTION / Literary",
    "FIC022000": "FICTION / Mystery & Detective / General",
    "FIC014000": "FICTION / Historical / General",
    "FIC028000": "FICTION / Science Fiction / General",
    "FIC009000": "FICTION / Fantasy / General",
    "BIO000000": "BIOGRAPHY & AUTOBIOGRAPHY / General",
    "HIS000000": "HISTORY / General",
    "NAT000000": "NATURE / General",
    "POE000000": "POETRY / General",
    "TRV000000": "TRAVEL / General",
    "JUV000000": "JUVENILE FICTION / General",
}


class ClassifySubjects(CatalogueTask):
    model = luigi.Parameter(default="mistral-large-latest")

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("subjects", f"candidates_{self.run_date:%Y%m%d}.jsonl")

    def _classify(self, client, row):
        resp = client.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": SUBJECT_SYSTEM},
                {"role": "user", "content": f"{row['title']} by {row['author']}\n\n{row['blurb']}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            parsed = json.loads(resp.choices[0].message.content)
        except (TypeError, ValueError):
            log.warning("unparseable subject JSON for %s", row["isbn"])
            parsed = {"codes": [], "confidence": 0.0}
        return parsed

    def run(self):
        client = get_mistral()
        out = []
        for row in read_jsonl(self.input()):
            parsed = self._classify(client, row)
            out.append({"isbn": row["isbn"], "blurb": row["blurb"], "candidates": parsed.get("codes", [])})
        write_jsonl(self.output(), out)


class RerankSubjects(CatalogueTask):
    top_n = luigi.IntParameter(default=3)
    rerank_model = luigi.Parameter(default="rerank-english-v3.0")

    def requires(self):
        return ClassifySubjects(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("subjects", f"final_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        co = get_cohere()
        labels = list(BISAC_SHORTLIST.items())
        out = []
        for batch in chunked(read_jsonl(self.input()), 20):
            for row in batch:
                extra = [(c, c) for c in row["candidates"] if c not in BISAC_SHORTLIST]
                docs = labels + extra
                ranked = co.rerank(
                    model=self.rerank_model,
                    query=row["blurb"],
                    documents=[label for _, label in docs],
                    top_n=self.top_n,
                )
                codes = [docs[r.index][0] for r in ranked.results]
                out.append({"isbn": row["isbn"], "subjects": codes})
        write_jsonl(self.output(), out)
