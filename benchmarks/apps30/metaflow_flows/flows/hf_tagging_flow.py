"""Tag knowledge-base articles using open models on HF Inference Providers.

Cheap first pass before human curation.
"""
import logging
import os

from huggingface_hub import InferenceClient
from metaflow import FlowSpec, Parameter, pypi_base, retry, step

from llmkit import get_hf_client
from llmkit.config import settings

log = logging.getLogger(__name__)

TAG_PROMPT = (
    "Give 3 to 6 short lowercase tags for this article, comma separated, nothing else.\n\n"
    "Title: {title}\n\n{body}\n\nTags:"
)


@pypi_base(packages={"huggingface_hub": "0.26.2", "pandas": "2.2.2"}, python="3.11")
class HFTaggingFlow(FlowSpec):
    articles_path = Parameter("articles-path", default="s3://ds-data/kb/articles.parquet")
    tag_model = Parameter("tag-model", default="mistralai/Mistral-7B-Instruct-v0.3")
    provider = Parameter("provider", default="hf-inference")
    limit = Parameter("limit", type=int, default=1000)

    @step
    def start(self):
        import pandas as pd

        self.articles = pd.read_parquet(self.articles_path).head(self.limit).to_dict("records")
        self.next(self.tag)

    @retry(times=3)
    @step
    def tag(self):
        client = InferenceClient(
            provider=self.provider,
            api_key=os.environ["HF_TOKEN"],
        )
        self.tags = {}
        for art in self.articles:
            raw = client.text_generation(
                TAG_PROMPT.format(title=art["title"], body=art["body"][:3000]),
                model=self.tag_model,
                max_new_tokens=40,
                temperature=0.1,
            )
            self.tags[art["id"]] = [t.strip() for t in raw.split(",") if t.strip()][:6]
        self.next(self.dedupe_tags)

    @step
    def dedupe_tags(self):
        """Merge near-duplicate tags by embedding similarity."""
        import numpy as np

        emb_client = get_hf_client(settings.models.hf_embedding)
        vocab = sorted({t for tags in self.tags.values() for t in tags})
        vecs = np.asarray([emb_client.feature_extraction(t) for t in vocab], dtype=np.float32)
        vecs = vecs.reshape(len(vocab), -1)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        sims = vecs @ vecs.T
        canonical = {}
        for i, tag in enumerate(vocab):
            for j in range(i):
                if sims[i, j] > 0.9:
                    canonical[tag] = canonical.get(vocab[j], vocab[j])
                    break
        self.canonical = canonical
        self.tags = {k: sorted({canonical.get(t, t) for t in v}) for k, v in self.tags.items()}
        self.next(self.describe_clusters)

    @step
    def describe_clusters(self):
        hf = get_hf_client()
        top = sorted({t for v in self.tags.values() for t in v})[:200]
        out = hf.chat.completions.create(
            model=settings.models.hf_chat,
            messages=[
                {"role": "system", "content": "You organise taxonomy tags into groups."},
                {"role": "user", "content": "Group these tags into at most 12 themes:\n" + ", ".join(top)},
            ],
            max_tokens=800,
        )
        self.themes = out.choices[0].message.content
        self.next(self.end)

    @step
    def end(self):
        print(self.themes)
        print(f"{len(self.canonical)} tags merged")


if __name__ == "__main__":
    HFTaggingFlow()
