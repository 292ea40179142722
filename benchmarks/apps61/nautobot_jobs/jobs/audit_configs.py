"""Config audit / explanation jobs."""

import json

from asgiref.sync import async_to_sync
from nautobot.apps.jobs import BooleanVar, Job, ObjectVar, StringVar, TextVar
from nautobot.dcim.models import Device, Location

from nautobot_ai.app_settings import get_setting
from nautobot_ai.assistants.config_explainer import ConfigExplainer, summarise_findings
from nautobot_ai.llm import get_bedrock_runtime, get_openai_client, get_provider
from nautobot_ai.llm.prompts import AUDIT_SYSTEM, EXPLAIN_SYSTEM, render_device_context
from nautobot_ai.models import AssistantRun
from nautobot_ai.services.multi_model_service import TaskComplexity, multi_model_service
from nautobot_ai.config_parsing import get_backup_config, redact

from .utils import log_long_text

name = "AI Assistants"  # pylint: disable=invalid-name

DEFAULT_STANDARDS = """\
- SSH v2 only, no telnet on VTY lines
- NTP configured with at least two servers
- Logging to the regional syslog collectors
- No 'ip http server'
- BPDU guard on all access ports
"""


class ExplainConfig(Job):
    """Explain a device's running config in plain language."""

    device = ObjectVar(model=Device, query_params={"status": "Active"})
    prompt = StringVar(required=False, description="Optional question about the config")
    provider = StringVar(required=False, default="", description="Override the default LLM provider")

    class Meta:
        name = "Explain device configuration"
        description = "Ask an LLM to explain the latest backup configuration of a device."
        has_sensitive_variables = False
        soft_time_limit = 300

    def run(self, *, device, prompt, provider):  # pylint: disable=arguments-differ
        config_text = redact(get_backup_config(device))
        if not config_text:
            self.logger.failure("No backup configuration found for %s", device, extra={"object": device})
            return ""
        backend = get_provider(provider or None)
        self.logger.info("Using provider %s", backend.name, extra={"object": device})
        completion = backend.complete(EXPLAIN_SYSTEM, f"{render_device_context(device)}\n\n{config_text}\n\n{prompt or ''}")
        log_long_text(self.logger, completion.text, header=f"Explanation for {device.name}")
        AssistantRun.objects.create(
            kind="explain", device=device, prompt=prompt or "", output=completion.text,
            provider=completion.provider, model_name=completion.model,
        )
        return completion.text


class AuditConfigs(Job):
    """Audit a device's config against our standards."""

    device = ObjectVar(model=Device)
    prompt = TextVar(required=False, default=DEFAULT_STANDARDS, description="Standards to audit against")
    use_bedrock = BooleanVar(default=False, description="Keep the request inside AWS (Bedrock)")

    class Meta:
        name = "Audit device configuration"
        description = "LLM audit of the backup configuration against the operator standards."
        has_sensitive_variables = False

    def run(self, *, device, prompt, use_bedrock=False):  # pylint: disable=arguments-differ
        config_text = redact(get_backup_config(device))
        standards = prompt or DEFAULT_STANDARDS
        if use_bedrock:
            findings = self._audit_bedrock(device, config_text, standards)
        else:
            findings = ConfigExplainer(client=get_openai_client()).audit(device, config_text, standards)
        for finding in findings:
            log = self.logger.warning if finding.get("severity") == "high" else self.logger.info
            log("%s: %s -> %s", finding.get("severity"), finding.get("issue"), finding.get("fix"), extra={"object": device})
        self.logger.success("Audit complete (%s)", summarise_findings(findings), extra={"object": device})
        return json.dumps(findings, indent=2)

    def _audit_bedrock(self, device, config_text, standards):
        bedrock = get_bedrock_runtime()
        response = bedrock.converse(
            modelId=get_setting("bedrock_model_id"),
            system=[{"text": AUDIT_SYSTEM}],
            messages=[
                {
                    "role": "user",
                    "content": [{"text": f"{render_device_context(device)}\n\nStandards:\n{standards}\n\n{config_text}"}],
                }
            ],
            inferenceConfig={"maxTokens": 2048, "temperature": 0},
        )
        text = response["output"]["message"]["content"][0]["text"]
        try:
            return json.loads(text).get("findings", [])
        except json.JSONDecodeError:
            self.logger.warning("Bedrock returned non-JSON audit output")
            return [{"severity": "low", "issue": text, "fix": ""}]


class FleetAuditDigest(Job):
    """Weekly digest of audit findings across a location, written by the tracked service."""

    location = ObjectVar(model=Location)
    prompt = StringVar(required=False, default="", description="Extra instructions for the digest")

    class Meta:
        name = "Fleet audit digest"
        description = "Summarise stored audit runs for every device at a location."
        has_sensitive_variables = False

    def run(self, *, location, prompt=""):  # pylint: disable=arguments-differ
        runs = (
            AssistantRun.objects.filter(kind="explain", device__location=location)
            .select_related("device")
            .order_by("device__name", "-created")
        )
        latest = {}
        for run in runs:
            latest.setdefault(run.device_id, run)
        if not latest:
            self.logger.warning("No audit runs stored for %s", location, extra={"object": location})
            return ""
        body = "\n\n".join(f"## {r.device.name}\n{r.output[:3000]}" for r in latest.values())
        digest = async_to_sync(multi_model_service.generate_response)(
            prompt=f"{prompt}\n\nSummarise the recurring issues across these devices:\n\n{body}".strip(),
            task_type="chat",
            complexity=TaskComplexity.AGENTIC,
        )
        log_long_text(self.logger, digest, header=f"Digest for {location.name}")
        return digest
