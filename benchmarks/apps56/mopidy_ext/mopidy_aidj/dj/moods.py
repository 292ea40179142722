"""Mood tagging for library tracks.

Two strategies, from two different eras of this module:
* ``EmbeddingMoodTagger`` embeds the track label with Cohere and picks the
  nearest mood centroid (cheap, batchable);
* ``classify_with_openai`` asks a chat model (older, kept for comparison).
"""

import logging
import math

from ..llm import prompts
from ..llm.cost import estimate_tokens

logger = logging.getLogger(__name__)


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbeddingMoodTagger:
    def __init__(self, cohere_client, model="embed-english-v3.0"):
        self.co = cohere_client
        self.model = model
        self._centroids = None

    def _embed(self, texts, input_type):
        resp = self.co.embed(
            texts=texts,
            model=self.model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def centroids(self):
        if self._centroids is None:
            vecs = self._embed([f"a {m} song" for m in prompts.MOODS], "search_query")
            self._centroids = dict(zip(prompts.MOODS, vecs))
        return self._centroids

    def tag(self, tracks):
        labels = [prompts.track_label(t) for t in tracks]
        vectors = self._embed(labels, "classification")
        cents = self.centroids()
        out = {}
        for track, vec in zip(tracks, vectors):
            out[track.uri] = max(cents, key=lambda m: _cosine(vec, cents[m]))
        return out


def classify_with_openai(client, track, model="gpt-4o-mini"):
    prompt = prompts.render(
        prompts.MOOD_CLASSIFY,
        moods=", ".join(prompts.MOODS),
        artist=", ".join(a.name for a in track.artists),
        title=track.name,
        album=track.album.name if track.album else "",
    )
    if estimate_tokens(prompt) > 400:
        prompt = prompt[:1600]
    resp = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], max_tokens=3
    )
    mood = resp.choices[0].message.content.strip().lower()
    return mood if mood in prompts.MOODS else "calm"


def openai_embed_labels(client, labels):
    resp = client.embeddings.create(model="text-embedding-3-small", input=labels)
    return [d.embedding for d in resp.data]
