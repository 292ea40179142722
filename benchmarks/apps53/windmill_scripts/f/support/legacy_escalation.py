"""Nightly escalation digest. Ported from n8n, still on the legacy helper."""
import wmill

from f.common import legacy_llm
from f.common.zendesk import Zendesk


def main(min_priority: str = "high", dry_run: bool = False):
    desk = Zendesk.from_resource(wmill.get_resource("f/support/zendesk"))
    tickets = desk.search(f"type:ticket status<solved priority>={min_priority}")
    if not tickets:
        return {"sent": False, "reason": "nothing open"}

    listing = "\n".join(f"#{t['id']} [{t['priority']}] {t['subject']}" for t in tickets[:50])
    digest = legacy_llm.complete(
        "Group these escalated tickets by theme and list the 3 most urgent:\n" + listing
    )
    if dry_run:
        return {"digest": digest}
    wmill.run_script_by_path_async("f/ops/post_to_slack", args={"channel": "#support-leads",
                                                               "text": digest})
    return {"sent": True, "count": len(tickets)}


def format_for_slack(digest: str, tickets: list[dict], subdomain: str) -> str:
    """Slack mrkdwn with links back to Zendesk (used by the weekly variant)."""
    links = [f"<https://{subdomain}.zendesk.com/agent/tickets/{t['id']}|#{t['id']}>"
             for t in tickets[:10]]
    header = f":rotating_light: *{len(tickets)} escalated tickets*"
    return "\n".join([header, digest, "", "Top: " + ", ".join(links)])


def should_page(tickets: list[dict]) -> bool:
    urgent = [t for t in tickets if t.get("priority") == "urgent"]
    return len(urgent) >= 3
