"""Copies recent ticket summaries onto HubSpot company timelines (tracked path)."""
import asyncio
import datetime as dt

import wmill

from f.common.hubspot import HubSpot
from f.common.multi_model_service import TaskComplexity, multi_model_service
from f.common.zendesk import Zendesk


async def summarise_for_account(company: str, subjects: list[str]) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Summarise support activity for {company} this week:\n" + "\n".join(subjects),
        task_type="crm_account_notes",
        complexity=TaskComplexity.STANDARD,
    )


def main(dry_run: bool = True):
    state = wmill.get_state() or {"since": (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)).isoformat()}
    desk = Zendesk.from_resource(wmill.get_resource("f/support/zendesk"))
    crm = HubSpot(wmill.get_resource("f/crm/hubspot")["token"])
    tickets = desk.search(f"type:ticket updated>{state['since'][:10]}")

    by_org: dict[str, list[str]] = {}
    for t in tickets:
        by_org.setdefault(str(t.get("organization_id")), []).append(t["subject"])

    notes = {}
    for org, subjects in by_org.items():
        notes[org] = asyncio.run(summarise_for_account(org, subjects))
        if not dry_run:
            crm.notes.create({"hs_note_body": notes[org]})
    wmill.set_state({**state, "since": tickets[-1]["updated_at"] if tickets else state["since"]})
    return notes
