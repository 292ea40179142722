from __future__ import annotations

from datetime import timedelta
from typing import Dict

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from backoffice.activities.batch_jobs import BatchActivities
    from backoffice.activities.reporting import ReportingActivities
    from backoffice.models import BatchProgress, BatchRequest, ReportRequest
    from backoffice.retry_policies import INTERNAL_RETRY, LLM_RETRY, LLM_TIMEOUT, NOTIFY_RETRY


@workflow.defn
class NightlyBatchWorkflow:
    @workflow.run
    async def run(self, requests: Dict[str, BatchRequest]) -> Dict[str, str]:
        submitted: Dict[str, str] = {}
        opts = dict(start_to_close_timeout=timedelta(minutes=5), retry_policy=INTERNAL_RETRY)
        if "openai" in requests:
            submitted["openai"] = await workflow.execute_activity_method(
                BatchActivities.submit_openai_batch, requests["openai"], **opts
            )
        if "anthropic" in requests:
            submitted["anthropic"] = await workflow.execute_activity_method(
                BatchActivities.submit_anthropic_batch, requests["anthropic"], **opts
            )
        if "bedrock" in requests:
            submitted["bedrock"] = await workflow.execute_activity_method(
                BatchActivities.submit_bedrock_batch, requests["bedrock"], **opts
            )

        if "openai" in submitted:
            # poll every 30 min for up to 24h; completion is reported in the query below
            for _ in range(48):
                progress: BatchProgress = await workflow.execute_activity_method(
                    BatchActivities.poll_openai_batch, submitted["openai"], **opts
                )
                if progress.completion() >= 1.0:
                    break
                await workflow.sleep(timedelta(minutes=30))
        return submitted


@workflow.defn
class WeeklyReportWorkflow:
    @workflow.run
    async def run(self, req: ReportRequest) -> str:
        opts = dict(start_to_close_timeout=LLM_TIMEOUT, retry_policy=LLM_RETRY)
        summary = await workflow.execute_activity_method(ReportingActivities.summarize_kpis, req, **opts)
        anomalies = {k: v for k, v in req.metrics.items() if k.endswith("_zscore") and abs(v) > 2}
        if anomalies:
            summary += "\n\n" + await workflow.execute_activity_method(
                ReportingActivities.explain_anomalies, args=[req, anomalies], **opts
            )
        commentary = await workflow.execute_activity_method(
            ReportingActivities.write_commentary, args=[req, summary], **opts
        )
        title = await workflow.execute_activity_method(ReportingActivities.suggest_title, summary, **opts)
        await workflow.execute_activity_method(
            ReportingActivities.publish,
            args=[title, summary + "\n\n" + commentary],
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=NOTIFY_RETRY,
        )
        return title
