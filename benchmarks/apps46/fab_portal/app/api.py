"""REST endpoints used by the browser extension and the Slack bot."""
import logging

from flask import current_app, request
from flask_appbuilder.api import BaseApi, expose, protect, safe

from . import appbuilder, db
from .ai import get_cohere_client, get_openai_client
from .ai.embeddings import embed_query, rerank, top_k
from .ai.moderation import flagged
from .models import KnowledgeRecord

log = logging.getLogger(__name__)


class SearchApi(BaseApi):
    resource_name = "kb"

    @expose("/search", methods=["POST"])
    @protect()
    @safe
    def search(self):
        """Semantic search over the knowledge base
        ---
        post:
          responses:
            200:
              description: matching records
        """
        payload = request.get_json(force=True)
        query = payload.get("q", "").strip()
        if not query:
            return self.response_400(message="q is required")
        vec = embed_query(query)
        candidates = [
            (r.id, r.embedding)
            for r in db.session.query(KnowledgeRecord.id, KnowledgeRecord.embedding)
            .filter(KnowledgeRecord.embedding.isnot(None))
            .all()
        ]
        hits = top_k(vec, candidates, k=20)
        records = {r.id: r for r in db.session.query(KnowledgeRecord).filter(KnowledgeRecord.id.in_([h[0] for h in hits]))}
        docs = [records[h[0]].title + "\n" + (records[h[0]].body or "")[:2000] for h in hits]
        order = rerank(query, docs, top_n=5) if docs else []
        return self.response(
            200,
            result=[{"id": hits[i][0], "title": records[hits[i][0]].title, "score": s} for i, s in order],
        )

    @expose("/answer", methods=["POST"])
    @protect()
    @safe
    def answer(self):
        payload = request.get_json(force=True)
        question = payload["q"]
        if flagged(question):
            return self.response_400(message="question rejected by moderation")
        context = payload.get("context", [])
        co = get_cohere_client()
        res = co.chat(
            model="command-r-plus-08-2024",
            messages=[{"role": "user", "content": question}],
            documents=[{"id": str(i), "data": {"text": c}} for i, c in enumerate(context)],
        )
        return self.response(200, answer=res.message.content[0].text)

    @expose("/stream-answer", methods=["POST"])
    @protect()
    def stream_answer(self):
        payload = request.get_json(force=True)
        client = get_openai_client()

        def gen():
            stream = client.chat.completions.create(
                model=current_app.config["AI_MODELS"]["summary"],
                messages=[{"role": "user", "content": payload["q"]}],
                stream=True,
            )
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content

        return current_app.response_class(gen(), mimetype="text/plain")

    @expose("/files", methods=["POST"])
    @protect()
    def upload(self):
        """Upload an attachment for later batch processing (no model call)."""
        f = request.files["file"]
        uploaded = get_openai_client().files.create(file=(f.filename, f.read()), purpose="batch")
        return self.response(200, file_id=uploaded.id)


appbuilder.add_api(SearchApi)
