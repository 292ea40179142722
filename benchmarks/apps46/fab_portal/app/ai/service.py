"""New unified AI facade (WIP, see PR #288).

Goal: views call ``AIService`` instead of reaching into app.extensions.
Only summaries and "related questions" are migrated so far.
"""
import logging

from .prompts import SUMMARY_SYSTEM, truncate

log = logging.getLogger(__name__)


class AIService:
    def __init__(self, appbuilder):
        self.appbuilder = appbuilder

    @property
    def clients(self):
        return self.appbuilder.app.extensions["ai"]

    def generate(self, kind, **kwargs):
        """Dispatch by kind; our own method, not an SDK call."""
        handler = getattr(self, f"_gen_{kind}", None)
        if handler is None:
            raise ValueError(f"unsupported kind {kind}")
        return handler(**kwargs)

    def _gen_summary(self, text):
        mistral = self.clients["mistral"]
        res = mistral.chat.complete(
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": truncate(text, 20000)},
            ],
        )
        return res.choices[0].message.content

    def _gen_related_questions(self, text, n=3):
        client = self.clients["openai"]
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": f"List {n} questions this article answers, one per line."},
                {"role": "user", "content": truncate(text, 12000)},
            ],
        )
        return [q.strip("- ").strip() for q in resp.choices[0].message.content.splitlines() if q.strip()]

    def _gen_embedding(self, text):
        # TODO: migrate callers of embeddings.embed_documents here
        emb = self.clients["mistral"].embeddings.create(model="mistral-embed", inputs=[text])
        return emb.data[0].embedding
