"""Weekly account insights e-mailed to workspace owners every Monday."""
import asyncio
import logging
from datetime import date, timedelta

from asgiref.sync import async_to_sync, sync_to_async
from celery import shared_task
from django.conf import settings
from django.db.models import Avg, Count, Q

from apps.support.models import Ticket
from apps.tenants.models import Tenant
from apps.tenants.onboarding import completion
from services.ai.clients import deployment, get_async_azure_openai_client, get_bedrock_runtime
from services.multi_model_service import TaskComplexity, multi_model_service

from .models import WeeklyReport

logger = logging.getLogger(__name__)

NARRATIVE_PROMPT = """You write the weekly support insights e-mail for {tenant}.
Stats for the week starting {week}: {stats}
Write 3 short paragraphs: what happened, what changed vs last week, one recommendation."""


def collect_stats(tenant, week_start):
    week_end = week_start + timedelta(days=7)
    qs = Ticket.objects.filter(tenant=tenant, created_at__date__gte=week_start, created_at__date__lt=week_end)
    agg = qs.aggregate(
        total=Count("id"),
        urgent=Count("id", filter=Q(priority=Ticket.Priority.URGENT)),
        solved=Count("id", filter=Q(state=Ticket.State.SOLVED)),
        avg_sentiment=Avg("sentiment"),
    )
    agg["top_categories"] = list(
        qs.values("category").annotate(n=Count("id")).order_by("-n").values_list("category", "n")[:5]
    )
    agg["onboarding_completion"] = round(completion(tenant) * 100)
    return agg


async def _narrative(tenant, week_start, stats):
    client = get_async_azure_openai_client()
    resp = await client.chat.completions.create(
        model=deployment("chat"),
        messages=[{"role": "user", "content": NARRATIVE_PROMPT.format(tenant=tenant.name, week=week_start,
                                                                      stats=stats)}],
        temperature=0.5,
        max_tokens=600,
    )
    return resp.choices[0].message.content


async def _risk_notes(tenant, urgent_subjects):
    if not urgent_subjects:
        return ""
    runtime = get_bedrock_runtime()
    resp = await asyncio.to_thread(
        runtime.converse,
        modelId=settings.BEDROCK_MODELS["claude"],
        messages=[{
            "role": "user",
            "content": [{"text": "These urgent tickets came in this week. Which ones signal churn risk "
                                 "and why? Be brief.\n- " + "\n- ".join(urgent_subjects)}],
        }],
        inferenceConfig={"maxTokens": 400},
    )
    return resp["output"]["message"]["content"][0]["text"]


async def _build(tenant, week_start):
    stats = await sync_to_async(collect_stats)(tenant, week_start)
    urgent = await sync_to_async(list)(
        Ticket.objects.filter(tenant=tenant, priority=Ticket.Priority.URGENT,
                              created_at__date__gte=week_start).values_list("subject", flat=True)[:25]
    )
    headline, narrative, risk = await asyncio.gather(
        multi_model_service.generate_response(
            prompt=f"One-line headline (max 12 words) for these weekly support stats: {stats}",
            task_type="weekly_report_headline",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=str(tenant.pk),
        ),
        _narrative(tenant, week_start, stats),
        _risk_notes(tenant, urgent),
    )
    return stats, headline.strip().strip('"'), narrative, risk


@shared_task
def build_weekly_report(tenant_id, week_start=None):
    tenant = Tenant.objects.get(pk=tenant_id)
    week_start = date.fromisoformat(week_start) if week_start else date.today() - timedelta(days=7)
    stats, headline, narrative, risk = async_to_sync(_build)(tenant, week_start)
    WeeklyReport.objects.update_or_create(
        tenant=tenant,
        week_start=week_start,
        defaults={"stats": stats, "headline": headline, "narrative": narrative, "risk_notes": risk},
    )


@shared_task
def build_weekly_reports():
    for tenant_id in Tenant.objects.filter(is_active=True).exclude(plan=Tenant.Plan.STARTER).values_list("pk", flat=True):
        build_weekly_report.delay(str(tenant_id))
