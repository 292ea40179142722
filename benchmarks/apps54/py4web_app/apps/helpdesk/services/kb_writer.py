"""Turn resolved tickets into draft KB articles (reviewed by a human)."""
import json
import logging

from google.genai import types

from .. import settings
from ..llm import get_genai

log = logging.getLogger("helpdesk.kb_writer")

ARTICLE_SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "body": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["title", "body"],
}


class ArticleWriter:
    def __init__(self, client=None, model=None):
        self.client = client or get_genai()
        self.model = model or settings.GEMINI_MODEL

    def from_ticket(self, ticket, comments):
        thread = "\n\n".join([ticket.body] + [c.body for c in comments if not c.is_internal])
        resp = self.client.models.generate_content(
            model=self.model,
            contents="Write a how-to article that would have solved this ticket.\n\n" + thread,
            config=types.GenerateContentConfig(
                response_mime_type="application/json",
                response_schema=ARTICLE_SCHEMA,
            ),
        )
        data = json.loads(resp.text)
        data.setdefault("tags", [])
        return data

    def embed_for_dedup(self, texts):
        """Gemini embeddings are only used to find near-duplicate drafts."""
        resp = self.client.models.embed_content(
            model="text-embedding-004",
            contents=texts,
            config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return [e.values for e in resp.embeddings]

    def upload_attachment(self, path):
        # screenshots attached to the ticket; Files API storage is free
        return self.client.files.upload(file=path)


def create(db, ticket_id, writer=None):
    """Create a draft (unpublished) article. 'create' here is a db insert."""
    writer = writer or ArticleWriter()
    t = db.ticket[ticket_id]
    comments = db(db.ticket_comment.ticket == ticket_id).select()
    data = writer.from_ticket(t, comments)
    return db.kb_article.insert(title=data["title"], body=data["body"], tags=data["tags"], published=False)


def illustrate(openai_client, article):
    """Optional header image for the intranet page."""
    img = openai_client.images.generate(
        model="gpt-image-1",
        prompt="Flat, friendly illustration for an IT how-to titled: %s" % article.title,
        size="1024x1024",
    )
    return img.data[0].b64_json
