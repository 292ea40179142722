# -*- coding: utf-8 -*-
"""Recommendations from the user's own library.

Two-stage: embed plots to shortlist candidates, then let Gemini pick and explain.
"""
import json
import math

from resources.lib import cache, kodiutils, library
from resources.lib.ai import complete, get_genai_client, get_mistral_client, get_openai_client, model_for, prompts

EMBED_MODEL_OPENAI = "text-embedding-3-small"
EMBED_MODEL_GOOGLE = "text-embedding-004"


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def _plot_text(m):
    return "{} ({}): {} {}".format(m.get("title"), m.get("year"), ", ".join(m.get("genre", [])), m.get("plot", ""))


def embed_openai(embedder, texts):
    resp = embedder.embeddings.create(model=EMBED_MODEL_OPENAI, input=texts)
    return [d.embedding for d in resp.data]


def embed_google(client, texts):
    result = client.models.embed_content(model=EMBED_MODEL_GOOGLE, contents=texts)
    return [e.values for e in result.embeddings]


class RecommendationEngine(object):
    """Not an LLM object: `generate()` builds the list, calling out to the helpers above."""

    def __init__(self, provider=None):
        self.provider = provider or kodiutils.get_setting("provider", "openai")
        self.genai = get_genai_client()

    def _embed(self, texts):
        if self.provider == "openai":
            return embed_openai(get_openai_client(), texts)
        return embed_google(self.genai, texts)

    def shortlist(self, watched, candidates, k=25):
        if not watched or not candidates:
            return candidates[:k]
        vecs = self._embed([_plot_text(m) for m in watched[-10:]] + [_plot_text(m) for m in candidates])
        taste = vecs[:min(10, len(watched))]
        scored = []
        for movie, vec in zip(candidates, vecs[len(taste):]):
            scored.append((max(_cosine(vec, t) for t in taste), movie))
        scored.sort(key=lambda s: s[0], reverse=True)
        return [m for _, m in scored[:k]]

    def _pick(self, watched, shortlist, n):
        from google.genai import types

        resp = self.genai.models.generate_content(
            model=model_for("google"),
            contents=prompts.RECOMMEND_USER.format(
                watched=", ".join(library.describe(m) for m in watched[-10:]),
                n=n,
                candidates="; ".join(library.describe(m) for m in shortlist),
            ),
            config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.7),
        )
        try:
            return json.loads(resp.text)
        except ValueError:
            kodiutils.log_error("bad JSON from recommender: {}".format(resp.text[:200]))
            return []

    def generate(self, n=8):
        key = cache.make_key("recs", self.provider, n)
        hit = cache.get(key, max_age=6 * 3600)
        if hit:
            return hit
        watched = library.get_movies(watched_only=True)
        candidates = library.get_unwatched_candidates()
        picks = self._pick(watched, self.shortlist(watched, candidates), n)
        by_title = {m["title"].lower(): m for m in candidates}
        out = []
        for p in picks:
            movie = by_title.get(str(p.get("title", "")).lower())
            if movie:
                out.append({"movie": movie, "reason": p.get("reason", "")})
        cache.put(key, out)
        return out


MOODS = ["cosy", "tense", "funny", "mind-bending", "romantic", "epic", "short & light"]


def mood_picks(mood, n=6):
    """'What should I watch tonight?' - free-text mood, answered from the unwatched pile.

    Goes through the provider switch so it honours the user's backend choice.
    """
    candidates = library.get_unwatched_candidates(limit=120)
    if not candidates:
        return []
    listing_text = "\n".join("- " + library.describe(m) for m in candidates)
    result = complete(
        "You recommend films from a fixed list. Only ever answer with titles from the list.",
        "Mood: {}. Pick {} titles, one per line, exactly as written in the list:\n{}".format(mood, n, listing_text),
        max_tokens=300,
        temperature=0.8,
    )
    wanted = {line.strip("-* ").strip().lower() for line in result.text.splitlines() if line.strip()}
    return [m for m in candidates if library.describe(m).lower() in wanted]


def tag_moods(movies, client=None):
    """Background job: tag every movie with moods so the mood menu can filter locally.

    Mistral's JSON mode is reliable and cheap for this kind of bulk labelling.
    """
    client = client or get_mistral_client()
    tags = {}
    for batch_start in range(0, len(movies), 20):
        batch = movies[batch_start:batch_start + 20]
        resp = client.chat.complete(
            model=model_for("mistral"),
            messages=[
                {"role": "system", "content": "Label films with moods from this list: " + ", ".join(MOODS)
                    + '. Answer as JSON: {"<title>": ["mood", ...]}'},
                {"role": "user", "content": "\n".join(_plot_text(m) for m in batch)},
            ],
            response_format={"type": "json_object"},
        )
        try:
            tags.update(json.loads(resp.choices[0].message.content))
        except ValueError:
            kodiutils.log_error("mood tagging batch {} returned bad JSON".format(batch_start))
    return tags
