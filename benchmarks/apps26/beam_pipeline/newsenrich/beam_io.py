"""Reading crawler output into Articles, and writing enriched rows out."""
from __future__ import annotations

import json
import logging
from typing import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from newsenrich.schema import BQ_SCHEMA, Article
from newsenrich.textutils import Slug

_LOG = logging.getLogger(__name__)
_slug = Slug()


class ParseArticleDoFn(beam.DoFn):
    DEAD_LETTER = "dead_letter"

    def __init__(self):
        self.bad = Metrics.counter(self.__class__, "unparseable")

    def process(self, raw) -> Iterator[Article]:
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8", errors="replace")
        try:
            doc = json.loads(raw)
            article = Article.create(
                source=doc["source"],
                url=doc["url"],
                title=doc.get("title") or "",
                body=doc.get("content") or doc.get("body") or "",
                language=doc.get("lang", "en"),
                published_at=doc.get("published"),
            )
        except (KeyError, ValueError, TypeError) as exc:
            self.bad.inc()
            yield beam.pvalue.TaggedOutput(self.DEAD_LETTER, {"raw": raw[:2000], "error": str(exc)})
            return
        if len(article.body) < 200:
            # teaser pages, paywalls etc.
            return
        yield article


class ReadArticles(beam.PTransform):
    def __init__(self, input_glob=None, subscription=None):
        super().__init__()
        self._input_glob = input_glob
        self._subscription = subscription

    def expand(self, pbegin):
        if self._subscription:
            raw = pbegin | "ReadPubSub" >> beam.io.ReadFromPubSub(subscription=self._subscription)
        else:
            raw = pbegin | "ReadJSONL" >> beam.io.ReadFromText(self._input_glob)
        return raw | "Parse" >> beam.ParDo(ParseArticleDoFn()).with_outputs(ParseArticleDoFn.DEAD_LETTER, main="articles")


class WriteEnriched(beam.PTransform):
    def __init__(self, table: str, streaming: bool = False):
        super().__init__()
        self._table = table
        self._streaming = streaming

    def expand(self, articles):
        rows = articles | "ToRow" >> beam.Map(lambda a: a.to_row())
        method = (
            beam.io.WriteToBigQuery.Method.STORAGE_WRITE_API
            if self._streaming
            else beam.io.WriteToBigQuery.Method.FILE_LOADS
        )
        return rows | "WriteBQ" >> beam.io.WriteToBigQuery(
            self._table,
            schema=BQ_SCHEMA,
            method=method,
            write_disposition=beam.io.BigQueryDisposition.WRITE_APPEND,
            create_disposition=beam.io.BigQueryDisposition.CREATE_IF_NEEDED,
        )


class WriteFlagged(beam.PTransform):
    def __init__(self, path: str):
        super().__init__()
        self._path = path

    def expand(self, flagged):
        return (
            flagged
            | "FlaggedJSON" >> beam.Map(lambda a: json.dumps({"slug": _slug.create(a.title), **a.to_row()}, default=str))
            | "WriteFlaggedText" >> beam.io.WriteToText(self._path, file_name_suffix=".jsonl")
        )
