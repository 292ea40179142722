"""Custom scripts shipped with the plugin (Customization > Scripts)."""
import json

import boto3
from dcim.choices import DeviceStatusChoices
from dcim.models import Device, Site
from extras.scripts import BooleanVar, ChoiceVar, ObjectVar, Script, StringVar
from netbox.plugins import get_plugin_config

from .llm.registry import get_backend
from .services.config_review import review_config
from .llm.clients import get_azure_client

name = "AI Assist"


class SummarizeSiteScript(Script):
    class Meta:
        name = "Summarise site"
        description = "Ask an LLM for an operational overview of every active device in a site"
        commit_default = False

    site = ObjectVar(model=Site)
    provider = ChoiceVar(
        choices=[("openai", "OpenAI"), ("anthropic", "Anthropic"), ("cohere", "Cohere"), ("bedrock", "Bedrock")],
        default="anthropic",
    )

    def run(self, data, commit):
        devices = Device.objects.filter(site=data["site"], status=DeviceStatusChoices.STATUS_ACTIVE)
        inventory = "\n".join(f"- {d.name} ({d.role}, {d.platform}, {d.primary_ip})" for d in devices)
        self.log_info(f"{devices.count()} active devices")
        backend = get_backend(data["provider"])
        completion = backend.complete(
            [{"role": "user", "content": f"Site {data['site']} inventory:\n{inventory}\n\nWrite an overview."}]
        )
        self.log_success(f"{completion.provider}/{completion.model}: {completion.input_tokens}+{completion.output_tokens} tokens")
        return completion.text


class AuditRenderedConfigsScript(Script):
    class Meta:
        name = "Audit rendered configs"
        description = "Run the config reviewer over every device with a config template"
        commit_default = False

    site = ObjectVar(model=Site, required=False)
    only_failures = BooleanVar(default=True)

    def run(self, data, commit):
        client = get_azure_client()
        deployment = get_plugin_config("netbox_ai_assist", "azure_deployment")
        qs = Device.objects.exclude(config_template__isnull=True)
        if data.get("site"):
            qs = qs.filter(site=data["site"])
        for device in qs:
            rendered = device.get_config_template().render(context=device.get_config_context())
            result = review_config(client, deployment, rendered, platform=str(device.platform or ""))
            if "no issues" in result.findings.lower() and data["only_failures"]:
                continue
            self.log_warning(f"{device.name}:\n{result.findings}", obj=device)


class BedrockNamingCheckScript(Script):
    class Meta:
        name = "Naming convention check (Bedrock)"
        description = "Checks device names against the naming standard with a Bedrock model"
        commit_default = False

    standard = StringVar(default="<site>-<role>-<nn>, lowercase, e.g. ams1-leaf-01")

    def run(self, data, commit):
        region = get_plugin_config("netbox_ai_assist", "bedrock_region")
        runtime = boto3.client("bedrock-runtime", region_name=region)
        names = list(Device.objects.values_list("name", flat=True)[:500])
        response = runtime.converse(
            modelId=get_plugin_config("netbox_ai_assist", "bedrock_model_id"),
            messages=[{
                "role": "user",
                "content": [{"text": f"Naming standard: {data['standard']}\nReturn a JSON list of names that violate it:\n" + "\n".join(names)}],
            }],
            inferenceConfig={"maxTokens": 2000, "temperature": 0},
        )
        text = response["output"]["message"]["content"][0]["text"]
        try:
            offenders = json.loads(text)
        except ValueError:
            self.log_failure("Model did not return JSON")
            return text
        for n in offenders:
            self.log_warning(f"Non-compliant name: {n}")
        return f"{len(offenders)} offenders"
