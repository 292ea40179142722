"""Lightweight Python components.

KFP serialises the function source into the container, so everything the
function needs must be imported inside its body and listed in
``packages_to_install``.
"""

from kfp import dsl
from kfp.dsl import Dataset, Input, Metrics, Output

PY_IMAGE = "python:3.11-slim"
GENAI_PKGS = ["google-genai==1.2.0", "google-cloud-bigquery==3.27.0"]


@dsl.component(base_image=PY_IMAGE, packages_to_install=["google-cloud-bigquery==3.27.0", "pandas==2.2.3", "db-dtypes"])
def export_tickets(project: str, query: str, tickets: Output[Dataset]) -> int:
    from google.cloud import bigquery

    client = bigquery.Client(project=project)
    df = client.query(query).to_dataframe()
    df.to_json(tickets.path, orient="records", lines=True)
    return len(df)


@dsl.component(base_image=PY_IMAGE, packages_to_install=GENAI_PKGS)
def gemini_classify(
    project: str,
    location: str,
    tickets: Input[Dataset],
    categories: list,
    labelled: Output[Dataset],
    model: str = "gemini-2.0-flash-001",
):
    import json

    from google import genai
    from google.genai import types

    client = genai.Client(vertexai=True, project=project, location=location)
    cfg = types.GenerateContentConfig(temperature=0.0, response_mime_type="application/json", max_output_tokens=128)
    with open(tickets.path) as src, open(labelled.path, "w") as dst:
        for line in src:
            t = json.loads(line)
            resp = client.models.generate_content(
                model=model,
                contents=f"Categories: {', '.join(categories)}\nClassify:\n{t['subject']}\n{t['body']}",
                config=cfg,
            )
            dst.write(json.dumps({"id": t["id"], "label": resp.text}) + "\n")


@dsl.component(base_image=PY_IMAGE, packages_to_install=["anthropic[vertex]==0.42.0"])
def claude_summarise(project: str, region: str, conversations: Input[Dataset], summaries: Output[Dataset], model: str = "claude-3-5-haiku@20241022"):
    import json

    from anthropic import AnthropicVertex

    client = AnthropicVertex(project_id=project, region=region)
    with open(conversations.path) as src, open(summaries.path, "w") as dst:
        for line in src:
            row = json.loads(line)
            msg = client.messages.create(
                model=model,
                max_tokens=512,
                messages=[{"role": "user", "content": "Summarise this conversation:\n" + row["text"]}],
            )
            dst.write(json.dumps({"id": row["id"], "summary": msg.content[0].text}) + "\n")


@dsl.component(base_image=PY_IMAGE, packages_to_install=["voyageai==0.3.2", "numpy<2"])
def voyage_embed(chunks: Input[Dataset], vectors: Output[Dataset], api_key: str, model: str = "voyage-3", batch_size: int = 128):
    import json

    import numpy as np
    import voyageai

    vo = voyageai.Client(api_key=api_key)
    rows = [json.loads(l) for l in open(chunks.path)]
    embs = []
    for i in range(0, len(rows), batch_size):
        batch = rows[i : i + batch_size]
        embs.extend(vo.embed([r["text"] for r in batch], model=model, input_type="document").embeddings)
    np.save(vectors.path + ".npy", np.asarray(embs, dtype=np.float32))
    vectors.metadata["dim"] = len(embs[0]) if embs else 0
    vectors.metadata["count"] = len(embs)


@dsl.component(base_image=PY_IMAGE, packages_to_install=["cohere==5.13.3"])
def cohere_rerank_eval(queries: Input[Dataset], api_key: str, metrics: Output[Metrics], top_n: int = 5):
    import json

    import cohere

    co = cohere.ClientV2(api_key=api_key)
    hits = total = 0
    for line in open(queries.path):
        q = json.loads(line)
        resp = co.rerank(model="rerank-english-v3.0", query=q["query"], documents=q["candidates"], top_n=top_n)
        top = {r.index for r in resp.results}
        hits += int(q["gold_index"] in top)
        total += 1
    metrics.log_metric("recall_at_k", hits / max(total, 1))
    metrics.log_metric("k", top_n)


@dsl.component(base_image=PY_IMAGE, packages_to_install=["openai==1.58.1"])
def openai_models_check(api_key: str, required: list) -> bool:
    """Fails fast if a required model isn't enabled on the org (free call)."""
    from openai import OpenAI

    client = OpenAI(api_key=api_key)
    available = {m.id for m in client.models.list()}
    missing = [m for m in required if m not in available]
    if missing:
        raise RuntimeError(f"models not available: {missing}")
    return True


@dsl.component(base_image=PY_IMAGE, packages_to_install=["openai==1.58.1"])
def openai_upload_batch_file(api_key: str, requests_jsonl: Input[Dataset]) -> str:
    from openai import OpenAI

    client = OpenAI(api_key=api_key)
    uploaded = client.files.create(file=open(requests_jsonl.path, "rb"), purpose="batch")
    return uploaded.id


@dsl.component(base_image=PY_IMAGE, packages_to_install=GENAI_PKGS)
def imagen_thumbnails(project: str, prompts: list, out_dir: Output[Dataset]):
    import os

    from google import genai
    from google.genai import types

    client = genai.Client(vertexai=True, project=project, location="us-central1")
    os.makedirs(out_dir.path, exist_ok=True)
    for i, prompt in enumerate(prompts):
        result = client.models.generate_images(
            model="imagen-3.0-generate-002",
            prompt=prompt,
            config=types.GenerateImagesConfig(number_of_images=1, aspect_ratio="1:1"),
        )
        result.generated_images[0].image.save(os.path.join(out_dir.path, f"{i:04d}.png"))


@dsl.component(base_image=PY_IMAGE, packages_to_install=["google-cloud-aiplatform==1.74.0"])
def vertex_gemini_extract(project: str, location: str, docs: Input[Dataset], extracted: Output[Dataset]):
    import json

    import vertexai
    from vertexai.generative_models import GenerativeModel

    vertexai.init(project=project, location=location)
    model = GenerativeModel("gemini-1.5-flash-002")
    with open(docs.path) as src, open(extracted.path, "w") as dst:
        for line in src:
            d = json.loads(line)
            r = model.generate_content("Extract order id and product as JSON:\n" + d["text"])
            dst.write(json.dumps({"id": d["id"], "fields": r.text}) + "\n")


@dsl.component(base_image=PY_IMAGE)
def merge_labels(a: Input[Dataset], b: Input[Dataset], merged: Output[Dataset]):
    import json

    left = {json.loads(l)["id"]: json.loads(l) for l in open(a.path)}
    with open(merged.path, "w") as out:
        for line in open(b.path):
            row = json.loads(line)
            row.update(left.get(row["id"], {}))
            out.write(json.dumps(row) + "\n")
