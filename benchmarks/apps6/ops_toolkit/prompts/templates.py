"""Raw prompt text. Keep wording changes reviewed: the nightly digest diffing
relies on summaries staying stable in structure."""

SRE_SYSTEM = (
    "You are a senior site reliability engineer. Be concise, factual and "
    "never speculate beyond the data you are given."
)

INCIDENT_SUMMARY = """Summarise the incident below for the #ops channel.

Service: {service}
Severity: {severity}
Title: {title}

Timeline:
{timeline}

Return three short sections: Impact, Cause (if known), Next steps."""

LOG_TRIAGE = """Here are {count} log lines from {service}. Group them into at most
five distinct problems. For each, give a one-line description and the most
representative line. Answer in JSON: {{"problems": [{{"description": ..., "example": ...}}]}}

{lines}"""

RUNBOOK_SEARCH = (
    "Find public documentation or vendor runbooks relevant to this operational "
    "problem and cite the sources: {query}"
)

TICKET_CLASSES = ["access-request", "incident", "capacity", "cost", "data-fix", "other"]

CLASSIFY_TICKET = """Classify the support ticket into one of: {classes}.
Reply with JSON {{"label": <class>, "confidence": <0-1>}}.

Subject: {subject}
Body:
{body}"""

CAPACITY_REPORT = """Write the weekly capacity summary for leadership from these
metrics (CSV, one row per cluster):

{csv}

Call out clusters above 75% CPU or memory and any week-over-week growth above 10%."""

POSTMORTEM = """Draft a blameless postmortem for incident {external_id}.
Use the headings: Summary, Impact, Timeline, Root cause, What went well,
What went wrong, Action items.

Incident data:
{payload}"""

TRANSLATE_ALERT = "Translate this monitoring alert to {language}. Keep metric names, hostnames and numbers unchanged.\n\n{text}"

STATUS_CARD = (
    "flat minimal status card illustration, service '{service}', state {state}, "
    "colour {colour}, clean sans-serif typography, no people"
)
