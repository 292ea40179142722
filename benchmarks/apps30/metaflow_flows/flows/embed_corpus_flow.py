"""Embed the help-centre corpus and write vectors to S3 for the RAG index.

    python flows/embed_corpus_flow.py run --provider voyage
"""
import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial

from metaflow import S3, FlowSpec, Parameter, batch, current, resources, retry, step

from llmkit import get_openai_client, get_voyage_client
from llmkit.config import settings
from llmkit.embeddings import approx_tokens, batched, embed_texts

log = logging.getLogger(__name__)


def chunk_document(doc_id: str, text: str, size: int = 1200, overlap: int = 200):
    out = []
    start = 0
    while start < len(text):
        piece = text[start : start + size]
        out.append({"doc_id": doc_id, "chunk_id": f"{doc_id}:{start}", "text": piece})
        start += size - overlap
    return out


class EmbedCorpusFlow(FlowSpec):
    corpus_prefix = Parameter("corpus-prefix", default="s3://ds-data/helpcentre/articles/")
    provider = Parameter("provider", default="voyage", help="voyage | openai | google")
    workers = Parameter("workers", type=int, default=6)
    dual_index = Parameter("dual-index", type=bool, default=False)

    @step
    def start(self):
        with S3(s3root=self.corpus_prefix) as s3:
            objs = s3.get_all()
            docs = [(o.key, o.text) for o in objs]
        chunks = []
        for key, text in docs:
            chunks.extend(chunk_document(key, text))
        self.n_chunks = len(chunks)
        self.est_tokens = approx_tokens(c["text"] for c in chunks)
        log.info("%d chunks, ~%d tokens", self.n_chunks, self.est_tokens)
        self.shards = [list(b) for b in batched(chunks, 2000)]
        self.next(self.embed_shard, foreach="shards")

    @batch(cpu=4, memory=8192)
    @retry(times=4, minutes_between_retries=2)
    @step
    def embed_shard(self):
        texts = [c["text"] for c in self.input]
        if self.provider == "voyage":
            vo = get_voyage_client()
            embed_docs = partial(vo.embed, model=settings.models.voyage_embedding, input_type="document")
            vectors = []
            for chunk in batched(texts, 128):
                vectors.extend(embed_docs(list(chunk)).embeddings)
        else:
            vectors = embed_texts(texts, provider=self.provider).tolist()
        self.rows = [
            {**c, "vector": v, "sha": hashlib.sha1(c["text"].encode()).hexdigest()}
            for c, v in zip(self.input, vectors)
        ]
        self.next(self.join)

    @step
    def join(self, inputs):
        self.rows = [r for inp in inputs for r in inp.rows]
        self.merge_artifacts(inputs, include=["n_chunks", "est_tokens", "provider", "workers", "dual_index"])
        self.next(self.openai_shadow_index)

    @resources(cpu=8)
    @step
    def openai_shadow_index(self):
        """Optional second index with OpenAI embeddings for the A/B test."""
        self.shadow_vectors = {}
        if self.dual_index:
            client = get_openai_client()
            texts = [r["text"] for r in self.rows]
            batches = [list(b) for b in batched(texts, 256)]
            with ThreadPoolExecutor(max_workers=self.workers) as pool:
                futures = {
                    pool.submit(
                        client.embeddings.create,
                        model=settings.models.openai_embedding,
                        input=b,
                    ): i
                    for i, b in enumerate(batches)
                }
                results = {}
                for fut in as_completed(futures):
                    results[futures[fut]] = [d.embedding for d in fut.result().data]
            flat = [v for i in sorted(results) for v in results[i]]
            self.shadow_vectors = {r["chunk_id"]: v for r, v in zip(self.rows, flat)}
        self.next(self.end)

    @step
    def end(self):
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self.rows)
        local = f"/tmp/embeddings-{current.run_id}.parquet"
        pq.write_table(table, local)
        with S3(run=self) as s3:
            url = s3.put_files([("embeddings.parquet", local)])[0][1]
        print("wrote", url)


if __name__ == "__main__":
    EmbedCorpusFlow()
