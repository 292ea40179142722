"""Whitelisted methods called from the desk (public/js/hd_ticket.js)."""

from __future__ import annotations

import asyncio

import frappe
from frappe import _
from google.genai import types

from ai_helpdesk import llm
from ai_helpdesk.llm.embeddings import cosine, embed_query
from ai_helpdesk.llm.legacy_openai import gpt
from ai_helpdesk.llm.prompts import KB_ANSWER_TEMPLATE, TRANSLATE_SYSTEM
from ai_helpdesk.services.llm_usage_tracker import llm_tracker
from ai_helpdesk.services.multi_model_service import TaskComplexity, multi_model_service
from ai_helpdesk.utils.cache import cached_llm_result


def _genai():
    # one client per request; frappe.local is reset between requests
    if not getattr(frappe.local, "ai_genai_client", None):
        frappe.local.ai_genai_client = llm.get_genai_client()
    return frappe.local.ai_genai_client


@frappe.whitelist()
def suggest_reply(ticket: str):
    doc = frappe.get_doc("Support Ticket", ticket)
    doc.check_permission("read")
    resp = multi_model_service.generate_response_sync(
        prompt=f"Suggest a reply to this conversation:\n\n{doc._conversation_text()}",
        task_type="suggest_reply",
        complexity=TaskComplexity.STANDARD,
        reference_doctype="Support Ticket",
        reference_name=ticket,
    )
    return {"reply": resp.content, "model": resp.model}


@frappe.whitelist()
@cached_llm_result(ttl=24 * 3600)
def translate_message(text: str, target_lang: str = "English"):
    client = llm.get_mistral_client()
    resp = client.chat.complete(
        model=llm.default_model("mistral"),
        messages=[
            {"role": "system", "content": frappe.render_template(TRANSLATE_SYSTEM, {"target_lang": target_lang})},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


@frappe.whitelist()
def ask_kb(question: str, top_k: int = 4):
    qvec = embed_query(question)
    chunks = frappe.get_all("Article Chunk", fields=["article", "content", "embedding"], limit=5000)
    scored = sorted(
        ((cosine(qvec, frappe.parse_json(c.embedding)), c) for c in chunks),
        key=lambda pair: pair[0],
        reverse=True,
    )[: int(top_k)]
    articles = [
        {"title": frappe.db.get_value("Knowledge Article", c.article, "title"), "content": c.content}
        for _score, c in scored
    ]
    prompt = frappe.render_template(KB_ANSWER_TEMPLATE, {"articles": articles, "question": question})
    resp = _genai().models.generate_content(
        model=llm.default_model("google"),
        contents=prompt,
        config=types.GenerateContentConfig(temperature=0.1, max_output_tokens=600),
    )
    return {"answer": resp.text, "sources": list({c.article for _s, c in scored})}


@frappe.whitelist()
def rewrite_tone(text: str, tone: str = "friendly"):
    """EU tenants must stay on Azure; everyone else uses the default backend."""
    if frappe.conf.get("azure_openai"):
        resp = llm.get_azure_client().chat.completions.create(
            model=frappe.conf.azure_openai.get("deployment", "gpt-4o-mini"),
            messages=[
                {"role": "system", "content": f"Rewrite the text in a {tone} tone. Keep facts unchanged."},
                {"role": "user", "content": text},
            ],
        )
        return resp.choices[0].message.content
    return llm.get_backend().complete(
        [
            {"role": "system", "content": f"Rewrite the text in a {tone} tone. Keep facts unchanged."},
            {"role": "user", "content": text},
        ]
    ).text


@frappe.whitelist()
def explain_ticket(ticket: str):
    doc = frappe.get_doc("Support Ticket", ticket)
    doc.check_permission("read")
    return asyncio.run(_explain(doc))


async def _explain(doc):
    model = llm.default_model("groq")
    async with llm_tracker.track_llm_call(
        provider="groq",
        model=model,
        feature_context="explain_ticket",
        reference_doctype=doc.doctype,
        reference_name=doc.name,
    ) as usage_log:
        resp = llm.get_groq_client().chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Explain the customer's problem simply:\n{doc.description}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


@frappe.whitelist()
def start_draft_stream(ticket: str):
    doc = frappe.get_doc("Support Ticket", ticket)
    doc.check_permission("read")
    request_id = frappe.generate_hash(length=10)
    frappe.enqueue(
        "ai_helpdesk.llm.streaming.stream_claude",
        queue="short",
        request_id=request_id,
        system="Draft a helpful reply as a support agent.",
        prompt=doc._conversation_text(),
        user=frappe.session.user,
    )
    return request_id


@frappe.whitelist()
def legacy_summarize(text: str):
    # kept for the old mobile app; remove after v2 rollout
    frappe.msgprint(_("This endpoint is deprecated"), alert=True)
    return gpt(f"Summarize:\n{text}")


@frappe.whitelist()
def get_ticket_insights(ticket: str):
    """Side panel data for the ticket form: cached for 10 minutes."""
    key = f"ai_helpdesk:insights:{ticket}"
    cached = frappe.cache().get_value(key)
    if cached:
        return cached
    doc = frappe.get_doc("Support Ticket", ticket)
    doc.check_permission("read")
    similar = []
    if doc.embedding:
        vec = frappe.parse_json(doc.embedding)
        for other in frappe.get_all(
            "Support Ticket",
            filters={"name": ["!=", ticket], "status": "Closed", "embedding": ["is", "set"]},
            fields=["name", "subject", "embedding", "resolution_summary"],
            limit=2000,
        ):
            score = cosine(vec, frappe.parse_json(other.embedding))
            if score > 0.82:
                similar.append({"name": other.name, "subject": other.subject, "score": round(score, 3),
                                "resolution": other.resolution_summary})
        similar.sort(key=lambda s: s["score"], reverse=True)
    data = {
        "summary": doc.ai_summary,
        "sentiment": doc.sentiment,
        "category": doc.category,
        "similar": similar[:5],
        "drafts": frappe.get_all("Ticket Reply Draft", filters={"ticket": ticket}, fields=["name", "status"]),
    }
    frappe.cache().set_value(key, data, expires_in_sec=600)
    return data


@frappe.whitelist()
def classify_intent(text: str):
    """Quick intent detection for the chat widget (Groq is the fastest here)."""
    client = llm.get_groq_client()
    completion = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": "Reply with one of: refund, shipping, account, product, other"},
            {"role": "user", "content": text[:2000]},
        ],
        temperature=0,
        max_tokens=3,
    )
    intent = (completion.choices[0].message.content or "other").strip().lower()
    return intent if intent in {"refund", "shipping", "account", "product", "other"} else "other"
