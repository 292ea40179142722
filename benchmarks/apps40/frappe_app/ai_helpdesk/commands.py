"""bench commands: `bench --site x ai-helpdesk eval` etc."""

import json

import click
from frappe.commands import get_site, pass_context


@click.group("ai-helpdesk")
def ai_helpdesk():
    pass


@ai_helpdesk.command("eval")
@click.option("--provider", default=None)
@click.option("--limit", default=20, type=int)
@pass_context
def eval_triage(context, provider, limit):
    """Replays closed tickets through triage and prints accuracy."""
    import frappe

    from ai_helpdesk.llm.prompts import TRIAGE_SYSTEM, ticket_messages
    from ai_helpdesk.llm.registry import get_backend

    frappe.init(site=get_site(context))
    frappe.connect()
    try:
        backend = get_backend(provider)
        tickets = frappe.get_all(
            "Support Ticket", filters={"status": "Closed"}, fields=["name", "subject", "description", "priority"], limit=limit
        )
        hits = 0
        for t in tickets:
            out = backend.complete(ticket_messages(t, TRIAGE_SYSTEM), temperature=0)
            try:
                hits += json.loads(out.text).get("priority") == t.priority
            except ValueError:
                pass
        click.echo(f"{backend.provider}/{backend.model}: {hits}/{len(tickets)} priority matches")
    finally:
        frappe.destroy()


@ai_helpdesk.command("rate-limits")
@pass_context
def rate_limits(context):
    """Show the Anthropic rate-limit headers for our key."""
    import frappe

    from ai_helpdesk.llm import get_anthropic_client

    frappe.init(site=get_site(context))
    frappe.connect()
    try:
        raw = get_anthropic_client().messages.with_raw_response.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=1,
            messages=[{"role": "user", "content": "hi"}],
        )
        for header, value in raw.headers.items():
            if header.startswith("anthropic-ratelimit"):
                click.echo(f"{header}: {value}")
    finally:
        frappe.destroy()


@ai_helpdesk.command("backfill-resolutions")
@click.option("--limit", default=100, type=int)
@click.option("--dry-run", is_flag=True)
@pass_context
def backfill_resolutions(context, limit, dry_run):
    """Generate resolution summaries for closed tickets (tracked via multi_model_service)."""
    import frappe

    from ai_helpdesk.services.multi_model_service import TaskComplexity, multi_model_service

    frappe.init(site=get_site(context))
    frappe.connect()
    try:
        names = frappe.get_all(
            "Support Ticket",
            filters={"status": "Closed", "resolution_summary": ["is", "not set"]},
            pluck="name",
            limit=limit,
        )
        with click.progressbar(names, label="Summarising") as bar:
            for name in bar:
                doc = frappe.get_doc("Support Ticket", name)
                if dry_run:
                    continue
                resp = multi_model_service.generate_response_sync(
                    prompt=f"Summarise how this ticket was resolved:\n\n{doc._conversation_text()}",
                    task_type="resolution_backfill",
                    complexity=TaskComplexity.SIMPLE,
                    reference_doctype="Support Ticket",
                    reference_name=name,
                )
                doc.db_set("resolution_summary", resp.content, update_modified=False)
                frappe.db.commit()
    finally:
        frappe.destroy()


@ai_helpdesk.command("usage")
@click.option("--provider", default=None)
@pass_context
def usage(context, provider):
    """Print month-to-date spend."""
    import frappe

    from ai_helpdesk.services.llm_usage_tracker import month_spend

    frappe.init(site=get_site(context))
    frappe.connect()
    try:
        click.echo(f"Month to date: ${month_spend(provider):.2f}")
    finally:
        frappe.destroy()


commands = [ai_helpdesk]
