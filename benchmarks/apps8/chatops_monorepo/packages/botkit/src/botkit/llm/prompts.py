SYSTEM_DEFAULT = (
    "You are ChatOps, Acme's internal engineering assistant. Be concise. "
    "Use Slack-flavoured markdown. If you don't know, say so."
)

THREAD_SUMMARY = """Summarize the following chat thread for someone who missed it.
Lead with decisions and open questions, then a short bullet list of action items
with owners if they were named.

Thread:
{thread}
"""

INCIDENT_TRIAGE = """You triage production alerts. Given the alert payload and recent deploys,
answer in JSON with keys: severity (SEV1-SEV4), suspected_service, summary, next_steps (list).

Alert:
{alert}

Recent deploys:
{deploys}
"""

POSTMORTEM = """Draft a blameless postmortem in markdown from this incident timeline.
Sections: Summary, Impact, Timeline, Root cause, What went well, Action items.

{timeline}
"""

DIGEST = """Write the daily engineering digest for {date} from these channel highlights.
Group by team. Max 12 bullets. Skip chit-chat.

{highlights}
"""

TRANSLATE = "Translate the user's message to {target}. Reply with the translation only."
