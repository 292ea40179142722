import json
import logging

import httpx
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from core.llm import clients as llm_clients
from homestead.llm_factory import model_for

from .models import Inquiry
from .services import _parse_triage, _triage_body

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Inquiry, dispatch_uid="leads.triage_inquiry")
def triage_new_inquiry(sender, instance: Inquiry, created: bool, **kwargs):
    if not created or llm_clients.bedrock_runtime is None:
        return
    try:
        response = llm_clients.bedrock_runtime.invoke_model(
            modelId=model_for("inquiry_triage"),
            body=_triage_body(instance.listing.summary_line, instance.message),
            contentType="application/json",
        )
        result = _parse_triage(response["body"].read())
    except Exception:  # noqa: BLE001 - triage is best effort
        logger.exception("triage failed for inquiry %s", instance.pk)
        return

    Inquiry.objects.filter(pk=instance.pk).update(
        intent=result.get("intent", Inquiry.Intent.QUESTION),
        urgency=int(result.get("urgency", 0)),
        triage_summary=result.get("summary", "")[:1000],
    )


@receiver(post_save, sender=Inquiry, dispatch_uid="leads.sync_crm")
def push_to_crm(sender, instance: Inquiry, created: bool, **kwargs):
    if not created or instance.synced_to_crm:
        return
    payload = {
        "external_id": f"homestead-{instance.pk}",
        "name": instance.name,
        "email": instance.email,
        "phone": instance.phone,
        "listing": instance.listing_id,
        "note": instance.message[:2000],
    }
    try:
        resp = httpx.post(settings.CRM_WEBHOOK_URL, content=json.dumps(payload), headers={"Content-Type": "application/json"}, timeout=10)
        resp.raise_for_status()
    except httpx.HTTPError:
        logger.warning("CRM sync failed for inquiry %s", instance.pk)
        return
    Inquiry.objects.filter(pk=instance.pk).update(synced_to_crm=True)
