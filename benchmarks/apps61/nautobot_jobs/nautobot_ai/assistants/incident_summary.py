"""Incident summaries.

Originally Bedrock-only (security wanted traffic to stay in our AWS account);
the tracked path via multi_model_service was added later and `summarise` is
being migrated to it. `timeline` still talks to Bedrock directly.
"""

import logging

from asgiref.sync import async_to_sync

from nautobot_ai.app_settings import get_setting
from nautobot_ai.llm.bedrock import BedrockConverse
from nautobot_ai.llm.clients import get_bedrock_runtime
from nautobot_ai.llm.prompts import INCIDENT_SYSTEM
from nautobot_ai.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


def _format_events(events):
    return "\n".join(f"{e['timestamp']} {e.get('device', '-')} {e['message']}" for e in events)


class IncidentSummariser:
    def __init__(self, bedrock=None, use_tracked_service=True):
        self.bedrock = bedrock or BedrockConverse()
        self.use_tracked_service = use_tracked_service

    def summarise(self, title, events, affected_sites=()):
        prompt = f"Incident: {title}\nAffected sites: {', '.join(affected_sites) or 'unknown'}\n\n{_format_events(events)}"
        if self.use_tracked_service:
            return async_to_sync(multi_model_service.generate_response)(
                prompt=prompt,
                task_type="incident_summary",
                complexity=TaskComplexity.SIMPLE,
                system=INCIDENT_SYSTEM,
            )
        # TODO(jk): remove once the tracked path has been in prod for a release
        text, _usage = self.bedrock.converse([{"role": "user", "content": prompt}], system=INCIDENT_SYSTEM)
        return text

    def timeline(self, events, region=None):
        runtime = get_bedrock_runtime(region)
        response = runtime.converse(
            modelId=get_setting("bedrock_model_id"),
            system=[{"text": "Turn these events into a deduplicated incident timeline, one line per event."}],
            messages=[{"role": "user", "content": [{"text": _format_events(events)}]}],
            inferenceConfig={"maxTokens": 1500, "temperature": 0.0},
        )
        return response["output"]["message"]["content"][0]["text"]


def severity_from_events(events):
    """Heuristic severity, no LLM."""
    levels = [int(e.get("severity", 6)) for e in events]
    worst = min(levels) if levels else 6
    return "critical" if worst <= 2 else "major" if worst <= 4 else "minor"
