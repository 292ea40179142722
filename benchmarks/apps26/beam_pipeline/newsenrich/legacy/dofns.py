"""v1 backfill DoFn wrapping the legacy functions.

Creates its OpenAI client in start_bundle (yes, per bundle). Left alone because
the v1 backfill only runs on small date ranges now.
"""
import logging

import apache_beam as beam
from openai import OpenAI

from newsenrich.legacy import cohere_v1, enrich_v1
from newsenrich.legacy.cohere_v1 import co

log = logging.getLogger(__name__)


class LegacyEnrichDoFn(beam.DoFn):
    def start_bundle(self):
        self.client = OpenAI()

    def process(self, element):
        title, body = element["title"], element["body"]
        element["summary"] = enrich_v1.summarize_article(title, body)
        element["blurb"] = cohere_v1.generate_blurb(body)
        if cohere_v1.token_length(body) < 512:
            element["embedding"] = co.embed(
                texts=[body], model=cohere_v1.EMBED_MODEL, input_type="search_document"
            ).embeddings[0]
        else:
            element["embedding"] = enrich_v1.embed_texts([body[:8000]])[0]
        element["keywords"] = enrich_v1.claude_keywords(body)
        mod = self.client.moderations.create(input=body[:8000])
        element["flagged"] = mod.results[0].flagged
        yield element

    def finish_bundle(self):
        self.client.close()
