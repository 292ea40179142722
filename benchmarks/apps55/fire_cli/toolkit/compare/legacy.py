"""First version of model comparison (Together only). Superseded by arena.py
but `mltk compare quick` still routes here because people have muscle memory.
"""
from toolkit.http_backend import together_raw_chat
from toolkit.providers.together_factory import together_client

DEFAULT_MODELS = [
    "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
    "mistralai/Mixtral-8x7B-Instruct-v0.1",
    "Qwen/Qwen2-72B-Instruct",
]


def quick_compare(prompt, models=None, max_tokens=256):
    rows = []
    for model in models or DEFAULT_MODELS:
        try:
            out = together_client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                max_tokens=max_tokens,
            )
            text = out.choices[0].message.content
            tokens = out.usage.total_tokens
        except Exception as exc:  # some models were not on the serverless tier
            text = together_raw_chat(model, prompt, max_tokens=max_tokens)
            tokens = None
            print(f"[legacy] fell back to raw HTTP for {model}: {exc}")
        rows.append({"model": model, "output": text, "tokens": tokens})
    return rows


def rerank_candidates(query, docs, model="Salesforce/Llama-Rank-V1", top_n=5):
    resp = together_client.rerank.create(model=model, query=query, documents=docs, top_n=top_n)
    return [(r.index, r.relevance_score) for r in resp.results]


def list_together_models():
    # free metadata call, used for the `--models all` shortcut
    return [m.id for m in together_client.models.list() if m.type == "chat"]
