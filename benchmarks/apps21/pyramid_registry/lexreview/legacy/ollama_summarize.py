"""Sealed-matter summaries on the on-prem box (2024 version, before OllamaEmbedder)."""
import ollama

MODEL = "llama3.1:8b"


def summarize(text, model=MODEL):
    resp = ollama.chat(
        model=model,
        messages=[
            {"role": "system", "content": "Summarize for an attorney. Be brief."},
            {"role": "user", "content": text},
        ],
    )
    return resp["message"]["content"]


def headline(text, model=MODEL):
    resp = ollama.generate(model=model, prompt="One-line headline for:\n" + text[:4000])
    return resp["response"].strip()


def ensure_model(model=MODEL):
    names = [m.model for m in ollama.list().models]
    if model not in names:
        ollama.pull(model)
