import marimo

__generated_with = "0.9.14"
app = marimo.App(width="medium", app_title="RAG evaluation")


@app.cell
def __():
    import marimo as mo
    import numpy as np
    import polars as pl

    from nbutils import cosine_sim, embed_openai, get_openai_client, get_voyage_client, settings
    from nbutils.data import chunk_text, load_corpus, load_eval_set
    from nbutils.judges import ClaudeJudge
    from nbutils.metrics import mrr, ndcg_at_k, recall_at_k
    from nbutils.prompts import RAG_ANSWER
    return (
        ClaudeJudge,
        RAG_ANSWER,
        chunk_text,
        cosine_sim,
        embed_openai,
        get_openai_client,
        get_voyage_client,
        load_corpus,
        load_eval_set,
        mo,
        mrr,
        ndcg_at_k,
        np,
        pl,
        recall_at_k,
        settings,
    )


@app.cell
def __(mo):
    mo.md(
        r"""
        # RAG evaluation

        Retrieval over the KB articles with two embedders, optional Voyage rerank,
        answers from GPT and grading by Claude. Keep `sample_size` small when iterating.
        """
    )
    return


@app.cell
def __(mo):
    sample_size = mo.ui.slider(10, 300, value=40, step=10, label="eval questions")
    top_k = mo.ui.slider(1, 20, value=5, label="top-k")
    embedder = mo.ui.dropdown(["openai", "voyage"], value="openai", label="embedder")
    use_rerank = mo.ui.checkbox(value=False, label="rerank with Voyage")
    run_judge = mo.ui.run_button(label="Run judge")
    mo.hstack([sample_size, top_k, embedder, use_rerank, run_judge])
    return embedder, run_judge, sample_size, top_k, use_rerank


@app.cell
def __(chunk_text, load_corpus, load_eval_set, sample_size):
    corpus_df = load_corpus()
    chunks = []
    chunk_ids = []
    for row in corpus_df.iter_rows(named=True):
        for i, c in enumerate(chunk_text(row["body"])):
            chunks.append(c)
            chunk_ids.append(f"{row['article_id']}#{i}")
    eval_rows = load_eval_set()[: sample_size.value]
    return chunk_ids, chunks, corpus_df, eval_rows


@app.cell
def __(chunks, embed_openai, embedder, get_voyage_client, mo, np, settings):
    @mo.cache
    def index_chunks(texts: tuple, which: str):
        if which == "openai":
            return embed_openai(list(texts))
        vo = get_voyage_client()
        res = vo.embed(list(texts), model=settings.voyage_model, input_type="document")
        return np.asarray(res.embeddings, dtype=np.float32)

    with mo.status.spinner(f"Embedding {len(chunks)} chunks with {embedder.value}"):
        chunk_vecs = index_chunks(tuple(chunks), embedder.value)
    return chunk_vecs, index_chunks


@app.cell
def __(embedder, eval_rows, get_openai_client, get_voyage_client, np, settings):
    questions = [r["question"] for r in eval_rows]
    if embedder.value == "openai":
        _resp = get_openai_client().embeddings.create(model=settings.openai_embed_model, input=questions)
        query_vecs = np.asarray([d.embedding for d in _resp.data], dtype=np.float32)
    else:
        _res = get_voyage_client().embed(questions, model=settings.voyage_model, input_type="query")
        query_vecs = np.asarray(_res.embeddings, dtype=np.float32)
    return query_vecs, questions


@app.cell
def __(chunk_ids, chunk_vecs, chunks, cosine_sim, get_voyage_client, np, query_vecs, questions, top_k, use_rerank):
    sims = cosine_sim(query_vecs, chunk_vecs)
    retrieved = []
    for qi, q in enumerate(questions):
        cand = np.argsort(-sims[qi])[: top_k.value * 4]
        if use_rerank.value:
            rr = get_voyage_client().rerank(q, [chunks[i] for i in cand], model="rerank-2", top_k=top_k.value)
            order = [int(cand[r.index]) for r in rr.results]
        else:
            order = [int(i) for i in cand[: top_k.value]]
        retrieved.append(order)
    retrieved_ids = [[chunk_ids[i].split("#")[0] for i in order] for order in retrieved]
    return retrieved, retrieved_ids, sims


@app.cell
def __(eval_rows, mo, mrr, ndcg_at_k, pl, recall_at_k, retrieved_ids, top_k):
    retrieval_metrics = pl.DataFrame(
        {
            "question": [r["question"] for r in eval_rows],
            "recall": [recall_at_k(got, r["relevant_ids"], top_k.value) for got, r in zip(retrieved_ids, eval_rows)],
            "mrr": [mrr(got, r["relevant_ids"]) for got, r in zip(retrieved_ids, eval_rows)],
            "ndcg": [ndcg_at_k(got, r["relevant_ids"], top_k.value) for got, r in zip(retrieved_ids, eval_rows)],
        }
    )
    mo.vstack(
        [
            mo.stat(f"{retrieval_metrics['recall'].mean():.3f}", label=f"recall@{top_k.value}"),
            mo.stat(f"{retrieval_metrics['mrr'].mean():.3f}", label="MRR"),
            mo.ui.table(retrieval_metrics),
        ]
    )
    return (retrieval_metrics,)


@app.cell
def __(RAG_ANSWER, chunks, get_openai_client, mo, questions, retrieved, settings):
    client = get_openai_client()

    @mo.cache
    def answer(question: str, context: str) -> str:
        out = client.chat.completions.create(
            model=settings.openai_chat_model,
            temperature=0,
            messages=[{"role": "user", "content": RAG_ANSWER.render(context=context, question=question)}],
        )
        return out.choices[0].message.content

    contexts = ["\n---\n".join(chunks[i] for i in order) for order in retrieved]
    answers = [answer(q, c) for q, c in mo.status.progress_bar(list(zip(questions, contexts)), title="Answering")]
    return answer, answers, client, contexts


@app.cell
def __(ClaudeJudge, answers, contexts, eval_rows, mo, pl, run_judge):
    mo.stop(not run_judge.value, mo.md("Press **Run judge** to grade answers (costs money)."))
    judge = ClaudeJudge()
    graded = [
        judge.grade(r["question"], r["answer"], ctx, ans) for r, ctx, ans in zip(eval_rows, contexts, answers)
    ]
    judge_df = pl.DataFrame(
        {
            "faithfulness": [g.faithfulness for g in graded],
            "correctness": [g.correctness for g in graded],
            "reason": [g.reason for g in graded],
        }
    )
    judge_df
    return graded, judge, judge_df


@app.cell
def __(client, mo):
    # sanity check that the key works; listing models is free
    _available = [m.id for m in client.models.list() if "embedding" in m.id]
    mo.accordion({"embedding models on this key": mo.md("\n".join(f"- `{m}`" for m in _available))})
    return


if __name__ == "__main__":
    app.run()
