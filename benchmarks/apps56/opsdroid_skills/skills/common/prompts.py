"""Prompt templates shared by the skills."""
from jinja2 import Template

ASK_SYSTEM = (
    "You are opsbot, the operations assistant for the platform team. "
    "Answer concisely, prefer bullet points, and say when you are unsure. "
    "Never invent hostnames, runbook links or ticket numbers."
)

ALERT_DIGEST = Template(
    """Summarise the following firing alerts for the on-call engineer.
Group related alerts, call out anything customer facing first, and suggest
the single most useful next step.

{% for a in alerts -%}
- [{{ a.labels.severity | default('none') }}] {{ a.labels.alertname }} on {{ a.labels.instance | default('?') }}: {{ a.annotations.summary | default('') }}
{% endfor %}"""
)

POSTMORTEM_SYSTEM = (
    "You write blameless post-mortems in the team's template: Summary, Impact, "
    "Timeline (UTC), Root cause, Contributing factors, What went well, "
    "Action items (owner, due date). Use only facts present in the transcript."
)

POSTMORTEM_USER = Template(
    """Incident: {{ title }}
Severity: {{ severity }}
Channel transcript:
{{ transcript }}
"""
)

TICKET_LABELS = ["bug", "incident", "access-request", "capacity", "security", "question", "toil"]

TICKET_CLASSIFIER = Template(
    """Classify this ticket into one of: {{ labels | join(', ') }}.
Also give a priority P1-P4 and a one-line reason.

Title: {{ title }}
Description:
{{ body }}"""
)

RUNBOOK_ANSWER = Template(
    """Use the runbook excerpts to answer the question. Cite the runbook title.

{% for r in excerpts %}### {{ r.title }}
{{ r.text }}
{% endfor %}
Question: {{ question }}"""
)

HANDOFF = Template(
    """Write an on-call handoff note from these incidents and pages of the last shift.
{% for i in incidents %}- {{ i.created_at }} {{ i.title }} ({{ i.status }})
{% endfor %}"""
)


def render(template, **kwargs):
    return template.render(**kwargs).strip()
