from __future__ import annotations

import json
from typing import Iterable, List, Sequence

from prompts import templates

Message = dict


def _system() -> Message:
    return {"role": "system", "content": templates.SRE_SYSTEM}


def _clip(text: str, limit: int = 12000) -> str:
    if len(text) <= limit:
        return text
    head = limit // 2
    return text[:head] + "\n[... trimmed ...]\n" + text[-head:]


def incident_summary_messages(incident) -> List[Message]:
    timeline = "\n".join(f"- {e.get('at', '?')}: {e.get('text', '')}" for e in (incident.timeline or []))
    body = templates.INCIDENT_SUMMARY.format(
        service=incident.service,
        severity=incident.severity,
        title=incident.title,
        timeline=_clip(timeline),
    )
    return [_system(), {"role": "user", "content": body}]


def log_triage_messages(service: str, lines: Sequence[str]) -> List[Message]:
    body = templates.LOG_TRIAGE.format(count=len(lines), service=service, lines=_clip("\n".join(lines)))
    return [_system(), {"role": "user", "content": body}]


def runbook_search_messages(query: str) -> List[Message]:
    return [{"role": "user", "content": templates.RUNBOOK_SEARCH.format(query=query)}]


def classify_ticket_messages(subject: str, body: str) -> List[Message]:
    content = templates.CLASSIFY_TICKET.format(
        classes=", ".join(templates.TICKET_CLASSES), subject=subject, body=_clip(body, 4000)
    )
    return [{"role": "user", "content": content}]


def capacity_report_prompt(rows: Iterable[dict]) -> str:
    rows = list(rows)
    if not rows:
        return templates.CAPACITY_REPORT.format(csv="(no data)")
    header = ",".join(rows[0].keys())
    csv = "\n".join([header] + [",".join(str(v) for v in r.values()) for r in rows])
    return templates.CAPACITY_REPORT.format(csv=csv)


def postmortem_messages(incident) -> List[Message]:
    payload = json.dumps(
        {
            "service": incident.service,
            "severity": incident.severity,
            "title": incident.title,
            "timeline": incident.timeline,
            "summary": incident.summary,
        },
        indent=2,
        default=str,
    )
    return [_system(), {"role": "user", "content": templates.POSTMORTEM.format(external_id=incident.external_id, payload=payload)}]


def alert_translation_messages(text: str, language: str) -> List[Message]:
    return [{"role": "user", "content": templates.TRANSLATE_ALERT.format(language=language, text=text)}]


def status_card_prompt(service: str, state: str) -> str:
    colour = {"operational": "green", "degraded": "amber", "outage": "red"}.get(state, "grey")
    return templates.STATUS_CARD.format(service=service, state=state, colour=colour)
