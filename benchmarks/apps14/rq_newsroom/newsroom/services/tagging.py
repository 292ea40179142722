"""Automatic tagging: section classification, entity/topic extraction, tag matching."""
import json
import logging
import re

from flask import current_app
from sqlalchemy import select

from newsroom.ai import clients
from newsroom.ai.prompts import TAGGING_SYSTEM
from newsroom.ai_utils import client as legacy_openai
from newsroom.extensions import db
from newsroom.models import Tag

log = logging.getLogger(__name__)

SECTIONS = ["politics", "business", "world", "science", "technology", "sport", "culture", "environment", "health"]

# cosine distance below which a candidate is considered the same tag
MATCH_THRESHOLD = 0.18


def slugify(value):
    value = re.sub(r"[^\w\s-]", "", value.lower()).strip()
    return re.sub(r"[-\s]+", "-", value)


class ArticleTagger:
    """Tags an article. Clients can be injected for tests."""

    def __init__(self, llm=None, hf=None, embedder=None):
        self.llm = llm or clients.together_client()
        self.hf = hf or clients.hf_client()
        # embeddings have to stay on text-embedding-3-small: Tag.embedding was built with it
        self.embedder = embedder or legacy_openai
        self.cfg = current_app.config

    def classify_section(self, article):
        text = article.plain_text(limit=3000)
        results = self.hf.zero_shot_classification(
            text,
            SECTIONS,
            hypothesis_template="This news story is about {}.",
            model=self.cfg["HF_ZERO_SHOT_MODEL"],
        )
        best = max(results, key=lambda r: r.score)
        log.debug("section for %s: %s (%.2f)", article.id, best.label, best.score)
        return best.label if best.score >= 0.35 else None

    def extract_candidates(self, article):
        resp = self.llm.chat.completions.create(
            model=self.cfg["TOGETHER_MODEL"],
            messages=[
                {"role": "system", "content": TAGGING_SYSTEM},
                {"role": "user", "content": article.plain_text(limit=12000)},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            data = json.loads(resp.choices[0].message.content)
        except (TypeError, ValueError):
            log.warning("tagger returned non-JSON for article %s", article.id)
            return []
        candidates = []
        for kind, key in (("topic", "topics"), ("person", "people"), ("place", "places"), ("org", "organisations")):
            for label in data.get(key, [])[:8]:
                if isinstance(label, str) and label.strip():
                    candidates.append((kind, label.strip()))
        return candidates

    def match_existing(self, candidates):
        if not candidates:
            return []
        labels = [label for _, label in candidates]
        resp = self.embedder.embeddings.create(model=self.cfg["OPENAI_EMBEDDING_MODEL"], input=labels)
        matched = []
        for (kind, label), item in zip(candidates, resp.data):
            distance = Tag.embedding.cosine_distance(item.embedding)
            row = db.session.execute(
                select(Tag, distance.label("d")).where(Tag.kind == kind).order_by(distance).limit(1)
            ).first()
            if row is not None and row.d < MATCH_THRESHOLD:
                matched.append(row.Tag)
            else:
                matched.append(Tag(slug=slugify(label), label=label, kind=kind, embedding=item.embedding))
        return matched

    def tag(self, article, apply=False):
        section = self.classify_section(article)
        tags = self.match_existing(self.extract_candidates(article))
        if apply:
            if section and not article.section:
                article.section = section
            for tag in tags:
                if tag not in article.tags:
                    article.tags.append(tag)
                    tag.usage_count = (tag.usage_count or 0) + 1
            db.session.commit()
        return section, tags
