from __future__ import annotations

import logging

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from jinja2 import Template
from netbox.plugins import get_plugin_config

from ..choices import SummaryStatusChoices
from ..constants import SYSTEM_PROMPT_DEVICE
from ..llm import get_anthropic_client
from ..models import ObjectSummary, PromptTemplate
from .context import render_object_context

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.summarizer")


class DeviceSummarizer:
    """Generates and stores an ObjectSummary for a device/VM/circuit."""

    def __init__(self, client=None, model: str | None = None, template: PromptTemplate | None = None):
        self.client = client or get_anthropic_client()
        self.model = model or get_plugin_config("netbox_ai_assist", "anthropic_model")
        self.template = template
        self.max_tokens = get_plugin_config("netbox_ai_assist", "max_output_tokens")

    def _prompt(self, obj) -> tuple[str, str]:
        context = render_object_context(obj)
        if self.template:
            user = Template(self.template.user_template).render(obj=obj, context=context)
            return self.template.system_prompt, user
        return SYSTEM_PROMPT_DEVICE, f"Summarise this object:\n\n{context}"

    def summarize(self, obj) -> ObjectSummary:
        system, user = self._prompt(obj)
        summary, _ = ObjectSummary.objects.get_or_create(
            assigned_object_type=ContentType.objects.get_for_model(obj),
            assigned_object_id=obj.pk,
        )
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=system,
                messages=[{"role": "user", "content": user}],
            )
        except Exception:
            logger.exception("Summary failed for %s", obj)
            summary.status = SummaryStatusChoices.STATUS_FAILED
            summary.save()
            raise
        summary.text = message.content[0].text
        summary.status = SummaryStatusChoices.STATUS_READY
        summary.provider = "anthropic"
        summary.model_name = self.model
        summary.input_tokens = message.usage.input_tokens
        summary.output_tokens = message.usage.output_tokens
        summary.generated = timezone.now()
        summary.save()
        return summary

    def stream_summary(self, obj):
        """Yields text chunks; used by the HTMX streaming view."""
        system, user = self._prompt(obj)
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system,
            messages=[{"role": "user", "content": user}],
        ) as stream:
            for text in stream.text_stream:
                yield text
