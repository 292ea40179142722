"""Containerised Python components built from ``src/llm_batch``.

Build with ``kfp component build components/ --component-filepattern package_components.py``;
the image bundles the llm_batch package, so the functions import it directly.
"""

from kfp import dsl
from kfp.dsl import Dataset, Input, Metrics, Output

TARGET_IMAGE = "us-central1-docker.pkg.dev/acme-ml-dev/llm-batch/components:0.7.2"
BASE_IMAGE = "us-central1-docker.pkg.dev/acme-ml-dev/llm-batch/base:py311"


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def classify_tickets(tickets: Input[Dataset], categories: list, labelled: Output[Dataset], use_async: bool = True):
    import asyncio

    from llm_batch import io
    from llm_batch.gemini_batch import classify_many, classify_ticket

    rows = list(io.read_jsonl(tickets.path))
    if use_async:
        results = asyncio.run(classify_many(rows, categories))
    else:
        results = [classify_ticket(r, categories) for r in rows]
    io.write_jsonl(labelled.path, results)
    labelled.metadata["rows"] = len(results)


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def budget_check(tickets: Input[Dataset], categories: list, max_usd: float) -> float:
    from llm_batch import io
    from llm_batch.cost import completion_cost
    from llm_batch.config import load_settings
    from llm_batch.gemini_batch import estimate_prompt_tokens

    rows = list(io.read_jsonl(tickets.path))
    est_in = estimate_prompt_tokens(rows, categories)
    est = completion_cost(load_settings().gemini_model, est_in, 40 * len(rows))
    if est > max_usd:
        raise ValueError(f"estimated ${est:.2f} exceeds budget ${max_usd:.2f}")
    return est


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def summarise_conversations(conversations: Input[Dataset], summaries: Output[Dataset]):
    from llm_batch import io
    from llm_batch.summarize import summarise_batch

    rows = list(io.read_jsonl(conversations.path))
    texts = summarise_batch([r["text"] for r in rows])
    io.write_jsonl(summaries.path, [{"id": r["id"], "summary": s} for r, s in zip(rows, texts)])


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def summarise_tracked(conversations: Input[Dataset], summaries: Output[Dataset]):
    """Same as summarise_conversations but through the tracked service."""
    import asyncio

    from llm_batch import io
    from llm_batch.prompts import SUMMARY_SYSTEM
    from llm_batch.services.multi_model_service import TaskComplexity, multi_model_service
    from llm_batch.tracking import llm_tracker

    async def _run(rows):
        out = []
        for r in rows:
            text = await multi_model_service.generate_response(
                prompt=r["text"],
                task_type="conversation_summary",
                complexity=TaskComplexity.AGENTIC,
                system=SUMMARY_SYSTEM,
            )
            out.append({"id": r["id"], "summary": text})
        return out

    rows = list(io.read_jsonl(conversations.path))
    io.write_jsonl(summaries.path, asyncio.run(_run(rows)))
    llm_tracker.flush()


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def claude_extract_tracked(docs: Input[Dataset], extracted: Output[Dataset], pipeline_run: str = ""):
    import asyncio
    import json

    from llm_batch import get_anthropic_vertex, io, load_settings
    from llm_batch.tracking import llm_tracker

    client = get_anthropic_vertex()
    model = load_settings().claude_model

    async def _one(doc):
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="doc_extract", pipeline_run=pipeline_run
        ) as usage_log:
            msg = client.messages.create(
                model=model,
                max_tokens=800,
                messages=[{"role": "user", "content": "Extract fields as JSON:\n" + doc["text"]}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return {"id": doc["id"], "fields": json.loads(msg.content[0].text)}

    async def _all(rows):
        return [await _one(r) for r in rows]

    rows = list(io.read_jsonl(docs.path))
    io.write_jsonl(extracted.path, asyncio.run(_all(rows)))
    llm_tracker.flush()


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def embed_chunks(chunks: Input[Dataset], backend: str, vectors: Output[Dataset]):
    from llm_batch import io
    from llm_batch.embeddings import embed_texts

    rows = list(io.read_jsonl(chunks.path))
    vecs = embed_texts([r["text"] for r in rows], backend=backend)
    io.write_jsonl(vectors.path, [{"id": r["id"], "embedding": v} for r, v in zip(rows, vecs)])


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def embed_queries_gemini(queries: Input[Dataset], vectors: Output[Dataset]):
    from google.genai import types

    from llm_batch import get_genai_client, io

    client = get_genai_client()
    rows = list(io.read_jsonl(queries.path))
    resp = client.models.embed_content(
        model="text-embedding-005",
        contents=[r["query"] for r in rows],
        config=types.EmbedContentConfig(task_type="RETRIEVAL_QUERY"),
    )
    io.write_jsonl(vectors.path, [{"id": r["id"], "embedding": e.values} for r, e in zip(rows, resp.embeddings)])


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def run_prompt_batch(prompts: Input[Dataset], provider: str, mode: str, answers: Output[Dataset], metrics: Output[Metrics]):
    from llm_batch import io
    from llm_batch.batch_runner import PromptBatchRunner

    rows = list(io.read_jsonl(prompts.path))
    runner = PromptBatchRunner(provider)
    outputs = runner.run([r["prompt"] for r in rows], mode=mode)
    io.write_jsonl(answers.path, [{"id": r["id"], "answer": o} for r, o in zip(rows, outputs)])
    metrics.log_metric("requests", runner.stats.requests)
    metrics.log_metric("cost_usd", round(runner.stats.cost_usd, 4))
    metrics.log_metric("failures", len(runner.stats.failures))


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def moderate_inputs(texts: Input[Dataset], clean: Output[Dataset]) -> int:
    from llm_batch import io
    from llm_batch.moderation import flag_texts

    rows = list(io.read_jsonl(texts.path))
    flags = flag_texts([r["text"] for r in rows])
    kept = [r for r, f in zip(rows, flags) if not f]
    io.write_jsonl(clean.path, kept)
    return len(rows) - len(kept)


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def legacy_extract(docs: Input[Dataset], extracted: Output[Dataset]):
    from llm_batch import io
    from llm_batch.vertex_legacy import extract_fields, get_model

    model = get_model(system="You extract structured order data.")
    rows = list(io.read_jsonl(docs.path))
    io.write_jsonl(extracted.path, [{"id": r["id"], **extract_fields(model, r["text"])} for r in rows])


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def submit_gemini_batch(source_table: str, dest_table: str) -> str:
    from llm_batch.gemini_batch import submit_batch_prediction

    return submit_batch_prediction(source_table, dest_table)


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def weekly_theme_digest(labelled_summaries: Input[Dataset], report: Output[dsl.Markdown], gcs_uri: str = "") -> str:
    from llm_batch import io
    from llm_batch.reports import weekly_digest

    rows = list(io.read_jsonl(labelled_summaries.path))
    markdown, title = weekly_digest(rows)
    with open(report.path, "w") as fh:
        fh.write(markdown)
    if gcs_uri:
        io.upload(report.path, gcs_uri)
    return title


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def fill_missing_fields(extracted: Input[Dataset], docs: Input[Dataset], completed: Output[Dataset]):
    from llm_batch import io
    from llm_batch.vertex_legacy import ExtractionChat

    texts = {r["id"]: r["text"] for r in io.read_jsonl(docs.path)}
    chat = ExtractionChat()
    out = [chat.fill_missing(texts[r["id"]], r) for r in io.read_jsonl(extracted.path)]
    io.write_jsonl(completed.path, out)


@dsl.component(base_image=BASE_IMAGE, target_image=TARGET_IMAGE)
def tag_products(docs: Input[Dataset], tagged: Output[Dataset], location: str = "us-central1"):
    from llm_batch import get_genai_client, io
    from llm_batch.gemini_batch import generate_json

    schema = {"type": "object", "properties": {"products": {"type": "array", "items": {"type": "string"}}}}
    client = get_genai_client(location=location)
    rows = list(io.read_jsonl(docs.path))
    out = [{"id": r["id"], **generate_json(client, "List products mentioned:\n" + r["text"], schema)} for r in rows]
    io.write_jsonl(tagged.path, out)
