"""Background jobs (frappe.enqueue targets and scheduler_events)."""

from __future__ import annotations

import asyncio

import frappe
from frappe.utils import add_to_date, cint, now_datetime

from ai_helpdesk.llm import clients
from ai_helpdesk.llm.prompts import DIGEST_TEMPLATE, SUMMARY_SYSTEM
from ai_helpdesk.llm.tokens import count_message_tokens
from ai_helpdesk.utils.text import strip_html

LONG_TICKET_TOKENS = 12_000


def summarize(ticket: str, force: bool = False):
    doc = frappe.get_doc("Support Ticket", ticket)
    if doc.ai_summary and not force:
        return
    messages = [
        {"role": "system", "content": SUMMARY_SYSTEM},
        {"role": "user", "content": doc._conversation_text()},
    ]
    if count_message_tokens(messages) > LONG_TICKET_TOKENS:
        summary = asyncio.run(_summarize_long(messages[1]["content"]))
    else:
        client = clients.get_openai_client()
        resp = client.chat.completions.create(model=clients.default_model("openai"), messages=messages, max_tokens=400)
        summary = resp.choices[0].message.content
    doc.db_set({"ai_summary": summary, "ai_summary_on": now_datetime()}, notify=True)


async def _summarize_long(text: str) -> str:
    """Gemini has the larger context window, so very long threads go there."""
    client = clients.get_genai_client()
    resp = await client.aio.models.generate_content(
        model=clients.default_model("google"),
        contents=f"{SUMMARY_SYSTEM}\n\n{text}",
    )
    return resp.text


def summarize_stale_tickets():
    cutoff = add_to_date(now_datetime(), hours=-1)
    for name in frappe.get_all(
        "Support Ticket",
        filters={"status": "Open", "modified": ["<", cutoff], "ai_summary": ["is", "not set"]},
        pluck="name",
        limit=200,
    ):
        frappe.enqueue("ai_helpdesk.tasks.summarize", ticket=name, queue="long")


def send_daily_digest():
    settings = clients.get_settings()
    if not cint(settings.send_daily_digest) or not settings.digest_recipients:
        return
    tickets = frappe.get_all(
        "Support Ticket",
        filters={"status": ["in", ["Open", "Replied"]]},
        fields=["name", "subject", "category", "sla_breached"],
        order_by="priority desc, creation asc",
        limit=30,
    )
    categories = sorted({t.category for t in tickets if t.category})
    prompt = frappe.render_template(
        DIGEST_TEMPLATE,
        {
            "open_count": len(tickets),
            "breached": sum(1 for t in tickets if t.sla_breached),
            "categories": categories,
            "tickets": tickets[:10],
        },
    )
    anthropic_client = clients.get_anthropic_client()
    msg = anthropic_client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=700,
        messages=[{"role": "user", "content": prompt}],
    )
    frappe.sendmail(
        recipients=settings.digest_recipients.split(","),
        subject=f"Support digest {frappe.utils.today()}",
        message=frappe.utils.md_to_html(msg.content[0].text),
    )


def _moderate_batch(client, texts: list[str]) -> list[bool]:
    result = client.moderations.create(model="omni-moderation-latest", input=texts)
    return [r.flagged for r in result.results]


def moderation_sweep():
    rows = frappe.get_all(
        "Communication",
        filters={
            "reference_doctype": "Support Ticket",
            "sent_or_received": "Received",
            "ai_moderated": 0,
        },
        fields=["name", "content"],
        limit=100,
    )
    if not rows:
        return
    client = clients.get_openai_client()
    flags = _moderate_batch(client, [strip_html(r.content)[:2000] for r in rows])
    for row, flagged in zip(rows, flags):
        frappe.db.set_value("Communication", row.name, {"ai_moderated": 1, "ai_flagged": int(flagged)})
    frappe.db.commit()


def reindex_knowledge_base():
    for name in frappe.get_all("Knowledge Article", filters={"published": 1}, pluck="name"):
        doc = frappe.get_doc("Knowledge Article", name)
        doc.index_chunks()
        frappe.db.commit()


def purge_old_usage_logs():
    from ai_helpdesk.ai_helpdesk.doctype.llm_usage_log.llm_usage_log import LLMUsageLog

    LLMUsageLog.clear_old_logs(days=cint(frappe.db.get_single_value("AI Helpdesk Settings", "log_retention_days")) or 90)


def describe_new_attachments():
    """Hooked manually from the File after_insert in v1.2 (see events)."""
    from ai_helpdesk.llm.vision import describe_ticket_attachments

    tickets = frappe.get_all(
        "File",
        filters={"attached_to_doctype": "Support Ticket", "creation": [">", add_to_date(now_datetime(), hours=-1)]},
        pluck="attached_to_name",
        distinct=True,
    )
    for ticket in tickets:
        frappe.enqueue(describe_ticket_attachments, ticket=ticket, queue="long")


async def _draft_many(names: list[str]) -> dict[str, str]:
    client = clients.get_async_openai_client()

    async def one(name):
        doc = frappe.get_doc("Support Ticket", name)
        r = await client.chat.completions.create(
            model=clients.default_model("openai"),
            messages=[
                {"role": "system", "content": "Draft a short holding reply acknowledging the issue."},
                {"role": "user", "content": doc._conversation_text()},
            ],
        )
        return name, r.choices[0].message.content

    pairs = await asyncio.gather(*(one(n) for n in names))
    return dict(pairs)


def holding_replies_for_backlog(limit: int = 25):
    names = frappe.get_all("Support Ticket", filters={"status": "Open", "first_responded_on": ["is", "not set"]},
                           pluck="name", limit=limit)
    drafts = asyncio.run(_draft_many(names))
    for name, body in drafts.items():
        frappe.get_doc({"doctype": "Ticket Reply Draft", "ticket": name, "draft_body": body,
                        "generated_by": "AI"}).insert(ignore_permissions=True)
    frappe.db.commit()
