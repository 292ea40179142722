"""Batch-mode backfill of chat embeddings from the S3 archive.

    flink run -py jobs/embedding_backfill.py --pyFiles enrichment,config -- --input s3://.../chats/2024-*
"""
from __future__ import annotations

import argparse
import json
import sys

from pyflink.common import Types
from pyflink.common.serialization import Encoder
from pyflink.datastream import RuntimeExecutionMode, StreamExecutionEnvironment
from pyflink.datastream.connectors.file_system import FileSink, FileSource, StreamFormat
from pyflink.datastream.functions import MapFunction

from config.settings import MODELS
from enrichment import openai_client
from enrichment.embeddings import EmbeddingBackend
from enrichment.tokens import count_tokens, estimate_cost


class OpenAIEmbedMap(MapFunction):
    def map(self, value):
        doc = json.loads(value)
        text = doc["summary"][:8000]
        result = openai_client().embeddings.create(
            model=MODELS.openai_embed_model,
            input=text,
            dimensions=512,
        )
        doc["vector"] = result.data[0].embedding
        doc["est_cost"] = estimate_cost(MODELS.openai_embed_model, count_tokens(text))
        return json.dumps(doc)


class BackendEmbedMap(MapFunction):
    def __init__(self, backend: str):
        self.backend_name = backend

    def open(self, runtime_context):
        self.backend = EmbeddingBackend(self.backend_name)

    def map(self, value):
        doc = json.loads(value)
        doc["vector"] = self.backend.embed([doc["summary"]])[0]
        return json.dumps(doc)


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--backend", choices=["openai-direct", "cohere", "openai"], default="cohere")
    args, _ = p.parse_known_args(argv)

    env = StreamExecutionEnvironment.get_execution_environment()
    env.set_runtime_mode(RuntimeExecutionMode.BATCH)
    env.set_parallelism(8)

    source = FileSource.for_record_stream_format(StreamFormat.text_line_format(), args.input).build()
    lines = env.from_source(source, watermark_strategy=None, source_name="archive")
    if args.backend == "openai-direct":
        out = lines.map(OpenAIEmbedMap(), output_type=Types.STRING())
    else:
        out = lines.map(BackendEmbedMap(args.backend), output_type=Types.STRING())
    out.sink_to(FileSink.for_row_format(args.output, Encoder.simple_string_encoder()).build())
    env.execute("embedding-backfill")


if __name__ == "__main__":
    main(sys.argv[1:])
