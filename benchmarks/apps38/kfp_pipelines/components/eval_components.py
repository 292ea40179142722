"""Evaluation components (judge, pairwise, retrieval)."""

from kfp import dsl
from kfp.dsl import Dataset, Input, Metrics, Output

from components.package_components import BASE_IMAGE, TARGET_IMAGE


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def judge_summaries(conversations: Input[Dataset], summaries: Input[Dataset], metrics: Output[Metrics], structured: bool = True):
    import statistics

    from llm_batch import io
    from llm_batch.judge import judge_summary, judge_summary_legacy

    convs = {r["id"]: r["text"] for r in io.read_jsonl(conversations.path)}
    faith, cover = [], []
    for s in io.read_jsonl(summaries.path):
        if structured:
            score = judge_summary(convs[s["id"]], s["summary"])
            faith.append(score.faithfulness)
            cover.append(score.coverage)
        else:
            score = judge_summary_legacy(convs[s["id"]], s["summary"])
            if score.get("faithfulness"):
                faith.append(score["faithfulness"])
                cover.append(score["coverage"])
    metrics.log_metric("faithfulness_mean", statistics.fmean(faith) if faith else 0.0)
    metrics.log_metric("coverage_mean", statistics.fmean(cover) if cover else 0.0)


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def pairwise_eval(conversations: Input[Dataset], a: Input[Dataset], b: Input[Dataset], metrics: Output[Metrics]):
    from llm_batch import get_openai, io
    from llm_batch.judge import pairwise_preference

    client = get_openai()
    convs = {r["id"]: r["text"] for r in io.read_jsonl(conversations.path)}
    bsum = {r["id"]: r["summary"] for r in io.read_jsonl(b.path)}
    wins = n = 0
    for row in io.read_jsonl(a.path):
        pref = pairwise_preference(client, convs[row["id"]], row["summary"], bsum[row["id"]])
        wins += pref == "A"
        n += 1
    metrics.log_metric("a_win_rate", wins / max(n, 1))


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def rerank_eval(queries: Input[Dataset], reranker: str, metrics: Output[Metrics], top_n: int = 5):
    from llm_batch import io
    from llm_batch.rerank import build_reranker

    rr = build_reranker(reranker)
    hits = total = 0
    for q in io.read_jsonl(queries.path):
        ranked = rr.rerank(q["query"], q["candidates"], top_n=top_n)
        hits += int(q["gold_index"] in {r.index for r in ranked})
        total += 1
    metrics.log_metric(f"{reranker}_recall_at_{top_n}", hits / max(total, 1))


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def judge_with_gemini(summaries: Input[Dataset], metrics: Output[Metrics]):
    """Cheap secondary judge; scores 1-5 with a terse prompt."""
    from llm_batch import get_genai_client, io

    client = get_genai_client(location="europe-west4")
    scores = []
    for s in io.read_jsonl(summaries.path):
        prompt = "Rate this summary's clarity 1-5, digits only:\n" + s["summary"]
        r = client.chats.create(model="gemini-2.0-flash-001").send_message(prompt)
        try:
            scores.append(int(r.text.strip()[0]))
        except (ValueError, IndexError):
            continue
    metrics.log_metric("clarity_mean", sum(scores) / max(len(scores), 1))
