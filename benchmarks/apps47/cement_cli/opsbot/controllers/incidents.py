import asyncio
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cement import Controller, ex

from ..core import get_anthropic_client
from ..core.prompts import INCIDENT_SYSTEM, INCIDENT_TOOLS, incident_prompt
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..utils.retry import with_retries


@dataclass
class IncidentRecord:
    id: str
    title: str
    severity: str = "SEV3"
    timeline: list = field(default_factory=list)
    explanation: str = ""

    @classmethod
    def create(cls, payload):
        return cls(
            id=str(payload["id"]),
            title=payload.get("title", "untitled"),
            severity=payload.get("severity", "SEV3"),
            timeline=payload.get("timeline", []),
        )

    def as_dict(self):
        return {"id": self.id, "title": self.title, "severity": self.severity, "timeline": self.timeline}


def _load(path):
    with open(path) as fh:
        return IncidentRecord.create(json.load(fh))


class Incidents(Controller):
    class Meta:
        label = "incident"
        stacked_type = "nested"
        stacked_on = "base"
        help = "explain incidents from an exported timeline (JSON)"

    @ex(
        help="explain an incident with Bedrock (Claude via Converse)",
        arguments=[
            (["path"], {"help": "incident JSON export"}),
            (["--fast"], {"action": "store_true", "help": "use the Haiku model"}),
        ],
    )
    def explain(self):
        incident = _load(self.app.pargs.path)
        key = "bedrock_fast_model" if self.app.pargs.fast else "bedrock_model"
        bedrock = self.app.llm.bedrock
        response = bedrock.converse(
            modelId=self.app.config.get("opsbot", key),
            system=[{"text": INCIDENT_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": incident_prompt(incident.as_dict())}]}],
            inferenceConfig={"maxTokens": 1200, "temperature": 0.2},
        )
        incident.explanation = response["output"]["message"]["content"][0]["text"]
        usage = response.get("usage", {})
        self.app.log.debug("bedrock usage in=%s out=%s" % (usage.get("inputTokens"), usage.get("outputTokens")))
        self.app.render({"incident": incident.as_dict(), "explanation": incident.explanation}, "incident.jinja2")

    @ex(
        help="stream an explanation from Bedrock",
        arguments=[(["path"], {"help": "incident JSON export"})],
    )
    def stream(self):
        incident = _load(self.app.pargs.path)
        resp = self.app.llm.bedrock.converse_stream(
            modelId=self.app.config.get("opsbot", "bedrock_model"),
            system=[{"text": INCIDENT_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": incident_prompt(incident.as_dict())}]}],
        )
        for event in resp["stream"]:
            if "contentBlockDelta" in event:
                print(event["contentBlockDelta"]["delta"].get("text", ""), end="", flush=True)
        print()

    @ex(
        help="ask Claude for a structured root cause (tool use)",
        arguments=[(["path"], {"help": "incident JSON export"})],
    )
    def rootcause(self):
        incident = _load(self.app.pargs.path)
        prompt = incident_prompt(incident.as_dict())
        client = get_anthropic_client()
        count = client.messages.count_tokens(
            model=self.app.config.get("opsbot", "anthropic_model"),
            messages=[{"role": "user", "content": prompt}],
        )
        if count.input_tokens > 150_000:
            self.app.log.warning("timeline is huge (%d tokens), truncating" % count.input_tokens)
            prompt = prompt[:400_000]
        msg = client.messages.create(
            model=self.app.config.get("opsbot", "anthropic_model"),
            max_tokens=1024,
            system=INCIDENT_SYSTEM,
            tools=INCIDENT_TOOLS,
            tool_choice={"type": "tool", "name": "record_root_cause"},
            messages=[{"role": "user", "content": prompt}],
        )
        result = next((b.input for b in msg.content if b.type == "tool_use"), {})
        self.app.render({"incident": incident.as_dict(), "rca": result}, "rootcause.jinja2")

    @ex(
        help="explain with retries (for big backfills hitting throttling)",
        arguments=[(["paths"], {"nargs": "+", "help": "incident JSON exports"})],
    )
    def backfill(self):
        bedrock = self.app.llm.bedrock
        model_id = self.app.config.get("opsbot", "bedrock_fast_model")
        for path in self.app.pargs.paths:
            incident = _load(path)
            out = with_retries(
                bedrock.converse,
                modelId=model_id,
                messages=[{"role": "user", "content": [{"text": incident_prompt(incident.as_dict())}]}],
                inferenceConfig={"maxTokens": 400},
                attempts=6,
            )
            text = out["output"]["message"]["content"][0]["text"]
            print(f"## {incident.id} {incident.title}\n{text}\n")

    @ex(
        help="postmortem draft through the tracked multi-model service",
        arguments=[(["path"], {"help": "incident JSON export"})],
    )
    def postmortem(self):
        incident = _load(self.app.pargs.path)
        draft = asyncio.run(
            multi_model_service.generate_response(
                prompt="Write a blameless postmortem draft.\n\n" + incident_prompt(incident.as_dict()),
                task_type="incident_postmortem",
                complexity=TaskComplexity.AGENTIC,
                system=INCIDENT_SYSTEM,
            )
        )
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d")
        self.app.render({"incident": incident.as_dict(), "draft": draft, "date": stamp}, "postmortem.jinja2")
