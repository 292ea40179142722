"""Runbook search: Cohere embed + rerank over the runbooks folder."""
import glob
import json
import math
import os

from cement import Controller, ex

INDEX_PATH = os.path.expanduser("~/.opsbot/runbooks.idx.json")


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Search(Controller):
    class Meta:
        label = "search"
        stacked_type = "nested"
        stacked_on = "base"
        help = "search runbooks"

    @property
    def co(self):
        return self.app.llm.cohere

    @ex(
        help="(re)build the runbook index",
        arguments=[(["folder"], {"help": "folder with *.md runbooks"})],
    )
    def index(self):
        files = sorted(glob.glob(os.path.join(self.app.pargs.folder, "**", "*.md"), recursive=True))
        docs = []
        for path in files:
            with open(path) as fh:
                docs.append({"path": path, "text": fh.read()[:4000]})
        vectors = []
        for i in range(0, len(docs), 96):
            batch = docs[i:i + 96]
            resp = self.co.embed(
                texts=[d["text"] for d in batch],
                model=self.app.config.get("opsbot", "cohere_model"),
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors.extend(resp.embeddings.float_)
        os.makedirs(os.path.dirname(INDEX_PATH), exist_ok=True)
        with open(INDEX_PATH, "w") as fh:
            json.dump([{**d, "vec": v} for d, v in zip(docs, vectors)], fh)
        self.app.log.info("indexed %d runbooks" % len(docs))

    @ex(
        help="search runbooks",
        arguments=[
            (["query"], {"nargs": "+"}),
            (["--top"], {"type": int, "default": 5}),
            (["--answer"], {"action": "store_true", "help": "also draft an answer"}),
        ],
    )
    def docs(self):
        query = " ".join(self.app.pargs.query)
        with open(INDEX_PATH) as fh:
            index = json.load(fh)
        qvec = self.app.llm.embed([query], input_type="search_query")[0]
        candidates = sorted(index, key=lambda d: _cosine(qvec, d["vec"]), reverse=True)[:25]
        reranked = self.co.rerank(
            model=self.app.config.get("opsbot", "cohere_rerank_model"),
            query=query,
            documents=[c["text"] for c in candidates],
            top_n=self.app.pargs.top,
        )
        hits = [candidates[r.index] | {"score": r.relevance_score} for r in reranked.results]
        answer = None
        if self.app.pargs.answer:
            chat = self.co.chat(
                model=self.app.config.get("opsbot", "cohere_chat_model"),
                messages=[{"role": "user", "content": query}],
                documents=[{"id": h["path"], "data": {"text": h["text"]}} for h in hits],
            )
            answer = chat.message.content[0].text
        self.app.render({"query": query, "hits": hits, "answer": answer}, "search.jinja2")
