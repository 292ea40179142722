"""Mood playlists: ask a model for candidates, resolve them against the
Mopidy library, then rerank what we found with Cohere."""

import json
import logging

from ..llm import prompts

logger = logging.getLogger(__name__)


class MoodPlaylistBuilder:
    def __init__(self, core, openai_client, cohere_client=None, *, model, rerank_model, limit=25):
        self.core = core
        self.openai = openai_client
        self.cohere = cohere_client
        self.model = model
        self.rerank_model = rerank_model
        self.limit = limit

    def suggest(self, mood, seed_artists=()):
        seed = f" Lean towards artists like {', '.join(seed_artists)}." if seed_artists else ""
        response = self.openai.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            messages=[
                {
                    "role": "system",
                    "content": prompts.render(prompts.PLAYLIST_SYSTEM, limit=self.limit),
                },
                {"role": "user", "content": f"Mood: {mood}.{seed}"},
            ],
        )
        try:
            data = json.loads(response.choices[0].message.content)
        except (TypeError, json.JSONDecodeError):
            logger.warning("AIDJ: model returned non-JSON playlist")
            return []
        return [t for t in data.get("tracks", []) if t.get("title")]

    def resolve(self, suggestions):
        found = []
        for item in suggestions:
            query = {"artist": [item.get("artist", "")], "track_name": [item["title"]]}
            results = self.core.library.search(query=query, exact=False).get()
            for result in results:
                if result.tracks:
                    found.append(result.tracks[0])
                    break
        return found

    def rerank(self, mood, tracks):
        if not self.cohere or len(tracks) < 3:
            return tracks
        docs = [prompts.track_label(t) for t in tracks]
        result = self.cohere.rerank(
            model=self.rerank_model,
            query=f"songs that feel {mood}",
            documents=docs,
            top_n=min(self.limit, len(docs)),
        )
        return [tracks[r.index] for r in result.results]

    def build(self, mood, seed_artists=()):
        tracks = self.resolve(self.suggest(mood, seed_artists))
        return self.rerank(mood, tracks)[: self.limit]

    def enqueue(self, tracks, replace=False):
        if replace:
            self.core.tracklist.clear().get()
        uris = [t.uri for t in tracks]
        if uris:
            self.core.tracklist.add(uris=uris).get()
        return len(uris)
