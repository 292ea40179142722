#!/usr/bin/env python3
"""Extensions > AI Tools > Group Similar Texts

Clusters the selected text elements by meaning (embeddings + a simple
greedy cosine threshold) and moves each cluster into its own group.
"""

import math

import inkex

import ai_ext_common as aic
from ai_ext_common.svg_utils import text_of


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def greedy_clusters(vectors, threshold):
    clusters = []
    for i, v in enumerate(vectors):
        for cluster in clusters:
            if cosine(vectors[cluster[0]], v) >= threshold:
                cluster.append(i)
                break
        else:
            clusters.append([i])
    return clusters


class GroupSimilar(inkex.EffectExtension):
    def add_arguments(self, pars):
        pars.add_argument("--engine", type=str, default="openai")
        pars.add_argument("--threshold", type=float, default=0.82)

    def embed(self, texts):
        if self.options.engine == "huggingface":
            hf = aic.get_hf_client()
            return [list(hf.feature_extraction(t, model="BAAI/bge-small-en-v1.5"))
                    for t in texts]
        result = aic.get_openai_client().embeddings.create(
            model="text-embedding-3-small", input=texts)
        return [d.embedding for d in result.data]

    def effect(self):
        elements = list(self.svg.selection.filter(inkex.TextElement, inkex.FlowRoot).values())
        if len(elements) < 2:
            raise inkex.AbortExtension("Select at least two text objects.")
        vectors = self.embed([text_of(el) for el in elements])
        layer = self.svg.get_current_layer()
        for n, cluster in enumerate(greedy_clusters(vectors, self.options.threshold)):
            if len(cluster) < 2:
                continue
            group = layer.add(inkex.Group())
            group.label = f"similar {n + 1}"
            for idx in cluster:
                group.append(elements[idx])


if __name__ == "__main__":
    GroupSimilar().run()
