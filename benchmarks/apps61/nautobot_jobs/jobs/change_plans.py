"""Draft change plans (MOPs) for a device."""

from nautobot.apps.jobs import BooleanVar, Job, ObjectVar, TextVar
from nautobot.dcim.models import Device, Interface

from nautobot_ai.assistants.change_planner import ChangePlanner, plan_to_markdown
from nautobot_ai.config_parsing import ConfigDiff, get_backup_config, get_intended_config, redact
from nautobot_ai.legacy.gpt_helpers import remediation_snippet
from nautobot_ai.llm import get_anthropic_client, get_mistral_client
from nautobot_ai.models import AssistantRun

from .utils import log_long_text

name = "AI Assistants"  # pylint: disable=invalid-name

REVIEW_SYSTEM = (
    "You are reviewing a network change plan written by another engineer. "
    "List missing pre-checks, missing rollback steps and commands that look wrong for the platform. "
    "If the plan is fine, answer 'LGTM'."
)


class DraftChangePlan(Job):
    device = ObjectVar(model=Device)
    prompt = TextVar(description="Describe the change (e.g. 'move Gi1/0/12 to VLAN 240 and add a description')")
    second_opinion = BooleanVar(default=True, description="Have a second model review the plan")
    stream_output = BooleanVar(default=False)

    class Meta:
        name = "Draft change plan"
        description = "Draft a method of procedure with pre-checks, steps, verification and rollback."
        has_sensitive_variables = False
        approval_required = False

    def run(self, *, device, prompt, second_opinion=True, stream_output=False):  # pylint: disable=arguments-differ
        interfaces = list(Interface.objects.filter(device=device).order_by("_name"))
        planner = ChangePlanner(get_anthropic_client())
        if stream_output:
            buffer = []

            def on_text(text):
                buffer.append(text)
                if sum(len(t) for t in buffer) > 2000:
                    self.logger.info("".join(buffer))
                    buffer.clear()

            plan = planner.draft_streaming(device, prompt, interfaces, on_text)
            if buffer:
                self.logger.info("".join(buffer))
        else:
            plan = planner.draft(device, prompt, interfaces)
            log_long_text(self.logger, plan, header="Proposed plan")

        if second_opinion:
            review = self._review(plan)
            self.logger.info("Reviewer: %s", review, extra={"object": device})

        AssistantRun.objects.create(kind="plan", device=device, prompt=prompt, output=plan, provider="anthropic")
        return plan_to_markdown(device, plan)

    def _review(self, plan):
        mistral = get_mistral_client()
        res = mistral.chat.complete(
            model="mistral-large-latest",
            messages=[
                {"role": "system", "content": REVIEW_SYSTEM},
                {"role": "user", "content": plan},
            ],
        )
        return res.choices[0].message.content


class SuggestRemediation(Job):
    """Suggest remediation CLI for the diff between backup and intended config.

    Still on the legacy GPT helper; move to ChangePlanner when the golden-config
    hook is retired (NETAUTO-412).
    """

    device = ObjectVar(model=Device)
    prompt = TextVar(required=False, description="Optional notes for the reviewer")

    class Meta:
        name = "Suggest remediation (legacy)"
        description = "Diff backup vs intended config and ask for remediation commands."
        has_sensitive_variables = False

    def run(self, *, device, prompt=""):  # pylint: disable=arguments-differ
        diff = ConfigDiff(redact(get_backup_config(device)), redact(get_intended_config(device)))
        if diff.is_empty():
            self.logger.success("Device is compliant; nothing to remediate", extra={"object": device})
            return ""
        text = diff.generate(context=1)
        platform = device.platform.network_driver if device.platform else "cisco_ios"
        snippet = remediation_snippet(text, platform)
        log_long_text(self.logger, snippet, header="Suggested remediation")
        if prompt:
            self.logger.info("Reviewer notes: %s", prompt)
        AssistantRun.objects.create(kind="plan", device=device, prompt=prompt or "", output=snippet, provider="openai")
        return snippet
