"""Old HF helpers from the prototype. ``summarize_thread`` is still used by the weekly digest."""
from __future__ import annotations

from huggingface_hub import InferenceClient

from clients.factory import make_hf_inference


def summarize_thread(text: str, client: InferenceClient | None = None) -> str:
    client = client or make_hf_inference(model="facebook/bart-large-cnn")
    out = client.summarization(text[:3500], model="facebook/bart-large-cnn")
    return out.summary_text


def sentiment(text: str, client: InferenceClient) -> float:
    labels = client.text_classification(
        text[:1000], model="cardiffnlp/twitter-roberta-base-sentiment-latest"
    )
    scores = {item.label.lower(): item.score for item in labels}
    return scores.get("positive", 0.0) - scores.get("negative", 0.0)


class DigestTemplate:
    """Renders the weekly digest e-mail; nothing to do with LLMs despite the name."""

    def __init__(self, title: str):
        self.title = title

    def generate(self, sections: dict[str, str]) -> str:
        body = "\n\n".join(f"## {k}\n{v}" for k, v in sections.items())
        return f"# {self.title}\n\n{body}\n"
