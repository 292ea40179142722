"""Draft postmortems for SEV1/SEV2 incidents resolved in the last day.

cron: 0 9 * * 1-5  python jobs/postmortem_drafts.py
"""
from __future__ import annotations

import logging

from common.aws import put_bytes
from common.db import incidents_since
from common.llm import deepseek_chat, make_summarizer
from common.runtime import job_main
from opskit.clients import llm_session
from prompts import postmortem_messages

log = logging.getLogger("jobs.postmortem_drafts")

SEVERITIES = ("SEV1", "SEV2")

condense_timeline = make_summarizer(
    "google/gemini-flash-1.5",
    "Condense this incident timeline to the 15 most important events, keeping timestamps.",
)


def _draft(incident) -> str:
    if len(incident.timeline or []) > 60:
        incident.timeline = [{"at": "", "text": condense_timeline(str(incident.timeline))}]
    with llm_session("deepseek") as client:
        response = client.chat.completions.create(
            model="deepseek-reasoner",
            messages=postmortem_messages(incident),
            max_tokens=4000,
        )
    return response.choices[0].message.content or ""


def _action_items(draft: str) -> str:
    return deepseek_chat(
        [{"role": "user", "content": "Extract the action items as a markdown checklist with owners if named:\n\n" + draft}],
        temperature=0,
    )


@job_main("postmortem_drafts")
def main(args) -> int:
    candidates = [i for i in incidents_since(hours=24) if i.severity in SEVERITIES and i.resolved_at]
    log.info("%d incidents need a postmortem draft", len(candidates))
    for incident in candidates:
        draft = _draft(incident)
        doc = f"{draft}\n\n## Extracted action items\n\n{_action_items(draft)}\n"
        if args.dry_run:
            print(doc)
            continue
        put_bytes(f"postmortems/drafts/{incident.external_id}.md", doc.encode("utf-8"), "text/markdown")
    return 0


if __name__ == "__main__":
    main()
