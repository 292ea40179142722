"""`llmctl embed ...`: chunk files and embed them into a JSONL index."""
from __future__ import annotations

import json
import logging
import math

from cliff.command import Command
from cliff.lister import Lister

from llmctl.config import EMBEDDING_MODEL
from llmctl.embeddings import chunk_file, embed_texts
from llmctl.embeddings import iter_files
from llmctl.utils import calculate_cost

LOG = logging.getLogger(__name__)


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbedFiles(Command):
    """Chunk and embed every text file under PATH into an index file."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("path")
        parser.add_argument("--out", default="index.jsonl")
        parser.add_argument("--model", default=EMBEDDING_MODEL)
        parser.add_argument("--chunk-tokens", type=int, default=512)
        parser.add_argument("--dry-run", action="store_true",
                            help="Only count tokens and estimate cost")
        return parser

    def take_action(self, parsed_args):
        chunks = []
        for path in iter_files(parsed_args.path):
            chunks.extend(chunk_file(path, max_tokens=parsed_args.chunk_tokens,
                                     model=parsed_args.model))
        total = sum(c.n_tokens for c in chunks)
        est = calculate_cost(parsed_args.model, total)
        LOG.info("%d chunks, %d tokens, ~$%.4f", len(chunks), total, est)
        if parsed_args.dry_run:
            self.app.stdout.write(f"{len(chunks)} chunks / {total} tokens / ~${est:.4f}\n")
            return 0

        vectors = embed_texts(self.app.openai_client, [c.text for c in chunks],
                              model=parsed_args.model)
        with open(parsed_args.out, "w") as fh:
            for chunk, vec in zip(chunks, vectors):
                fh.write(json.dumps({"key": chunk.key, "path": chunk.path,
                                     "index": chunk.index, "text": chunk.text,
                                     "embedding": vec}) + "\n")
        self.app.stdout.write(f"wrote {len(chunks)} vectors to {parsed_args.out}\n")
        return 0


class EmbedQuery(Lister):
    """Search an index built by `embed files` with a free text query."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("query")
        parser.add_argument("--index", default="index.jsonl")
        parser.add_argument("--top", type=int, default=5)
        return parser

    def take_action(self, parsed_args):
        resp = self.app.openai_client.embeddings.create(
            model=EMBEDDING_MODEL, input=parsed_args.query
        )
        qvec = resp.data[0].embedding
        scored = []
        with open(parsed_args.index) as fh:
            for line in fh:
                rec = json.loads(line)
                scored.append((_cosine(qvec, rec["embedding"]), rec["path"], rec["index"],
                               rec["text"][:70].replace("\n", " ")))
        scored.sort(reverse=True)
        return ("Score", "Path", "Chunk", "Preview"), [
            (f"{s:.3f}", p, i, t) for s, p, i, t in scored[: parsed_args.top]
        ]
