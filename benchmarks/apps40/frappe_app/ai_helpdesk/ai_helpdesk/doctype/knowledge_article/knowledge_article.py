# Copyright (c) 2024, Northwind Support Engineering and contributors
# For license information, please see license.txt

import json

import frappe
from frappe.model.document import Document
from google.genai import types

from ai_helpdesk.llm.clients import get_genai_client
from ai_helpdesk.llm.tokens import count_gemini_tokens
from ai_helpdesk.utils.text import chunk_text, strip_html

EMBED_MODEL = "text-embedding-004"


class KnowledgeArticle(Document):
    def validate(self):
        if not self.route:
            self.route = f"kb/{frappe.scrub(self.title)}"
        self.word_count = len(strip_html(self.content or "").split())

    def before_save(self):
        if self.published and not self.meta_description:
            self.meta_description = self._describe()

    def on_update(self):
        if self.has_value_changed("content") or self.flags.force_reindex:
            self.index_chunks()

    def _describe(self) -> str:
        client = get_genai_client()
        text = strip_html(self.content or "")[:12000]
        if count_gemini_tokens(client, "gemini-2.0-flash", text) < 30:
            return text[:155]
        resp = client.models.generate_content(
            model="gemini-2.0-flash",
            contents=f"Write a 150 character meta description for this help article:\n\n{text}",
            config=types.GenerateContentConfig(max_output_tokens=80, temperature=0.4),
        )
        return (resp.text or "").strip()[:160]

    def index_chunks(self):
        chunks = chunk_text(strip_html(self.content or ""), max_chars=1500)
        if not chunks:
            return
        result = get_genai_client().models.embed_content(
            model=EMBED_MODEL,
            contents=chunks,
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
        )
        frappe.db.delete("Article Chunk", {"article": self.name})
        for idx, (chunk, emb) in enumerate(zip(chunks, result.embeddings)):
            frappe.get_doc(
                {
                    "doctype": "Article Chunk",
                    "article": self.name,
                    "idx": idx,
                    "content": chunk,
                    "embedding": json.dumps(emb.values),
                }
            ).insert(ignore_permissions=True)


@frappe.whitelist()
def suggest_articles_for_ticket(ticket: str, limit: int = 5):
    """Used by the 'Related articles' sidebar on the ticket form."""
    from ai_helpdesk.llm.embeddings import cosine

    doc = frappe.get_doc("Support Ticket", ticket)
    doc.check_permission("read")
    query = f"{doc.subject}\n{strip_html(doc.description or '')}"[:4000]
    result = get_genai_client().models.embed_content(
        model=EMBED_MODEL,
        contents=query,
        config=types.EmbedContentConfig(task_type="RETRIEVAL_QUERY"),
    )
    qvec = result.embeddings[0].values
    best: dict[str, float] = {}
    for row in frappe.get_all("Article Chunk", fields=["article", "embedding"], limit=5000):
        score = cosine(qvec, json.loads(row.embedding))
        if score > best.get(row.article, 0):
            best[row.article] = score
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)[: int(limit)]
    return [
        {"name": name, "title": frappe.db.get_value("Knowledge Article", name, "title"), "score": round(score, 3)}
        for name, score in ranked
    ]
