"""Incident summary jobs."""

from datetime import timedelta

from asgiref.sync import async_to_sync
from django.utils import timezone
from nautobot.apps.jobs import IntegerVar, Job, MultiObjectVar, StringVar
from nautobot.dcim.models import Location

from nautobot_ai.app_settings import get_setting
from nautobot_ai.assistants import IncidentSummariser
from nautobot_ai.assistants.incident_summary import severity_from_events
from nautobot_ai.llm import get_anthropic_client
from nautobot_ai.models import AssistantRun, SyslogClassification
from nautobot_ai.services.multi_model_service import TaskComplexity, multi_model_service

name = "AI Assistants"  # pylint: disable=invalid-name


def _events_for(locations, minutes):
    since = timezone.now() - timedelta(minutes=minutes)
    qs = SyslogClassification.objects.filter(created__gte=since).exclude(category="noise")
    if locations:
        qs = qs.filter(device__location__in=locations)
    return [
        {"timestamp": row.created.isoformat(), "device": row.device.name if row.device else "-",
         "message": row.message, "severity": 3 if row.severity == "error" else 6}
        for row in qs.select_related("device").order_by("created")[:400]
    ]


class SummariseIncident(Job):
    prompt = StringVar(label="Incident title")
    locations = MultiObjectVar(model=Location, required=False)
    window_minutes = IntegerVar(default=60, min_value=5, max_value=1440)

    class Meta:
        name = "Summarise incident"
        description = "Summarise recent classified syslog into an incident report."
        has_sensitive_variables = False

    def run(self, *, prompt, locations=None, window_minutes=60):  # pylint: disable=arguments-differ
        events = _events_for(locations, window_minutes)
        if not events:
            self.logger.warning("No non-noise events in the last %s minutes", window_minutes)
            return ""
        summariser = IncidentSummariser()
        summary = summariser.summarise(prompt, events, [loc.name for loc in locations or []])
        self.logger.info("Severity (heuristic): %s", severity_from_events(events))
        self.logger.info(summary)
        try:
            self.logger.info("Timeline:\n%s", summariser.timeline(events))
        except Exception as exc:  # pylint: disable=broad-except
            self.logger.warning("Timeline generation failed: %s", exc)
        AssistantRun.objects.create(kind="incident", prompt=prompt, output=summary, provider="bedrock")
        return summary


class PostIncidentReview(Job):
    """Longer write-up for the PIR meeting. Uses Claude directly (needs the big context)."""

    prompt = StringVar(label="Incident title")
    locations = MultiObjectVar(model=Location, required=False)
    window_minutes = IntegerVar(default=240)

    class Meta:
        name = "Post-incident review draft"
        has_sensitive_variables = False

    def __init__(self):
        super().__init__()
        self.llm = get_anthropic_client()

    def run(self, *, prompt, locations=None, window_minutes=240):  # pylint: disable=arguments-differ
        events = _events_for(locations, window_minutes)
        lines = "\n".join(f"{e['timestamp']} {e['device']} {e['message']}" for e in events)
        message = self.llm.messages.create(
            model=get_setting("anthropic_model"),
            max_tokens=4000,
            system="Write a blameless post-incident review: summary, impact, timeline, root cause, action items.",
            messages=[{"role": "user", "content": f"Incident: {prompt}\n\nEvents:\n{lines}"}],
        )
        self.logger.info(message.content[0].text)
        return message.content[0].text


class QuickIncidentBlurb(Job):
    """Two-sentence status-page blurb; goes through the tracked service."""

    prompt = StringVar(label="What happened")

    class Meta:
        name = "Status page blurb"
        has_sensitive_variables = False

    def run(self, *, prompt):  # pylint: disable=arguments-differ
        blurb = async_to_sync(multi_model_service.generate_response)(
            prompt=f"Write a two-sentence customer-facing status update for: {prompt}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )
        self.logger.info(blurb)
        return blurb
