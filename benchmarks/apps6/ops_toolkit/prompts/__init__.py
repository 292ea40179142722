from prompts.builders import (
    alert_translation_messages,
    capacity_report_prompt,
    classify_ticket_messages,
    incident_summary_messages,
    log_triage_messages,
    postmortem_messages,
    runbook_search_messages,
)

__all__ = [
    "alert_translation_messages",
    "capacity_report_prompt",
    "classify_ticket_messages",
    "incident_summary_messages",
    "log_triage_messages",
    "postmortem_messages",
    "runbook_search_messages",
]
