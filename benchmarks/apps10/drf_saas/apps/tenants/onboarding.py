"""Onboarding checklist shown in the workspace settings page."""
from dataclasses import dataclass

from .models import OnboardingStep

CHECKLIST = (
    "invite_team",
    "connect_helpdesk",
    "upload_first_document",
    "configure_ai_assistant",
    "set_billing",
)


@dataclass
class ChecklistItem:
    key: str
    done: bool


def checklist(tenant):
    done = set(
        OnboardingStep.objects.filter(tenant=tenant, done_at__isnull=False).values_list("key", flat=True)
    )
    return [ChecklistItem(key=k, done=k in done) for k in CHECKLIST]


def completion(tenant):
    """Fraction of the onboarding checklist the tenant has finished (0..1)."""
    items = checklist(tenant)
    if not items:
        return 1.0
    return sum(1 for i in items if i.done) / len(items)
