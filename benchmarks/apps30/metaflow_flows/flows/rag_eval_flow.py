"""Offline RAG evaluation: retrieve -> rerank -> answer -> judge.

    python flows/rag_eval_flow.py run --eval-set data/rag_eval_v4.jsonl
"""
import asyncio
import json
import logging

from metaflow import Flow, FlowSpec, IncludeFile, Parameter, card, current, retry, step

from evaluation.judges import RubricJudge
from evaluation.metrics import MetricSuite
from llmkit import get_anthropic_client, get_genai_client, get_prompt, get_voyage_client
from llmkit.config import settings
from llmkit.embeddings import cosine_sim, embed_texts

log = logging.getLogger(__name__)


class RagEvalFlow(FlowSpec):
    eval_set = IncludeFile("eval-set", default="data/rag_eval_v4.jsonl")
    index_run = Parameter("index-run", default="latest", help="EmbedCorpusFlow run id")
    top_k = Parameter("top-k", type=int, default=20)
    rerank_k = Parameter("rerank-k", type=int, default=5)
    answer_model = Parameter("answer-model", default="gemini-2.0-flash")

    @step
    def start(self):
        self.questions = [json.loads(line) for line in self.eval_set.splitlines() if line.strip()]
        run = Flow("EmbedCorpusFlow").latest_successful_run if self.index_run == "latest" else Flow(
            "EmbedCorpusFlow"
        )[self.index_run]
        self.index_pathspec = run.pathspec
        rows = run["join"].task.data.rows
        self.corpus = [{"chunk_id": r["chunk_id"], "text": r["text"]} for r in rows]
        self.corpus_vectors = [r["vector"] for r in rows]
        self.next(self.retrieve)

    @step
    def retrieve(self):
        import numpy as np

        q_vecs = embed_texts([q["question"] for q in self.questions], provider="voyage", input_type="query")
        sims = cosine_sim(q_vecs, np.asarray(self.corpus_vectors, dtype=np.float32))
        self.candidates = []
        for qi, q in enumerate(self.questions):
            top = np.argsort(-sims[qi])[: self.top_k]
            self.candidates.append({"q": q, "docs": [self.corpus[i]["text"] for i in top]})
        self.next(self.rerank)

    @retry(times=3)
    @step
    def rerank(self):
        vo = get_voyage_client()
        for item in self.candidates:
            rr = vo.rerank(
                item["q"]["question"],
                item["docs"],
                model=settings.models.voyage_rerank,
                top_k=self.rerank_k,
            )
            item["context"] = [r.document for r in rr.results]
            item["rerank_scores"] = [r.relevance_score for r in rr.results]
        self.next(self.answer)

    @retry(times=3)
    @step
    def answer(self):
        self.answers = asyncio.run(self._answer_all())
        self.next(self.judge)

    async def _answer_all(self):
        client = get_genai_client()
        tmpl = get_prompt("rag_answer")
        sem = asyncio.Semaphore(8)

        async def one(item):
            prompt = tmpl.render(context="\n---\n".join(item["context"]), question=item["q"]["question"])
            async with sem:
                resp = await asyncio.to_thread(
                    client.models.generate_content,
                    model=self.answer_model,
                    contents=prompt,
                )
            return resp.text

        return await asyncio.gather(*(one(item) for item in self.candidates))

    @step
    def judge(self):
        judge = RubricJudge(client=get_anthropic_client(), model=settings.models.anthropic_chat)
        self.grades = []
        for item, ans in zip(self.candidates, self.answers):
            self.grades.append(
                judge.score(
                    question=item["q"]["question"],
                    reference=item["q"]["reference"],
                    context="\n".join(item["context"]),
                    candidate=ans,
                )
            )
        suite = MetricSuite.create(["exact_match", "token_f1"])
        self.metrics = suite.compute(
            predictions=self.answers, references=[c["q"]["reference"] for c in self.candidates]
        )
        self.next(self.end)

    @card(type="blank")
    @step
    def end(self):
        from cards.report import render_eval_card

        render_eval_card(current.card, self.metrics, self.grades, title="RAG eval")


if __name__ == "__main__":
    RagEvalFlow()
