import logging

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from netbox.plugins import PluginTemplateExtension, get_plugin_config

from .llm import legacy
from .models import ObjectSummary

logger = logging.getLogger("netbox.plugins.netbox_ai_assist")


class DeviceSummaryPanel(PluginTemplateExtension):
    models = ["dcim.device", "virtualization.virtualmachine"]

    def right_page(self):
        obj = self.context["object"]
        summary = ObjectSummary.objects.filter(
            assigned_object_type=ContentType.objects.get_for_model(obj),
            assigned_object_id=obj.pk,
        ).first()
        return self.render("netbox_ai_assist/inc/summary_panel.html", extra_context={"summary": summary})

    def buttons(self):
        return self.render("netbox_ai_assist/inc/summary_buttons.html")


class CircuitOneLiner(PluginTemplateExtension):
    """Old one-line description on circuits. Cached for a day; slated for removal."""

    models = ["circuits.circuit"]

    def left_page(self):
        if not get_plugin_config("netbox_ai_assist", "circuit_one_liner"):
            return ""
        obj = self.context["object"]
        key = f"netbox_ai_assist:circuit:{obj.pk}:{obj.last_updated:%s}"
        text = cache.get(key)
        if text is None:
            try:
                text = legacy.short_description(obj)
            except Exception:
                logger.warning("one-liner failed for circuit %s", obj.pk, exc_info=True)
                text = ""
            cache.set(key, text, 86400)
        return self.render("netbox_ai_assist/inc/one_liner.html", extra_context={"text": text})


template_extensions = [DeviceSummaryPanel, CircuitOneLiner]
