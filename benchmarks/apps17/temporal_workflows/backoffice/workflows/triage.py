from __future__ import annotations

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from backoffice.activities.email_triage import EmailTriageActivities
    from backoffice.models import EmailMessage, TriageDecision
    from backoffice.retry_policies import LLM_RETRY, LLM_TIMEOUT, LONG_LLM_TIMEOUT, HEARTBEAT_TIMEOUT


@workflow.defn
class InboxTriageWorkflow:
    @workflow.run
    async def run(self, email: EmailMessage) -> TriageDecision:
        opts = dict(start_to_close_timeout=LLM_TIMEOUT, retry_policy=LLM_RETRY)

        flagged = await workflow.execute_activity_method(EmailTriageActivities.moderate, email, **opts)
        language = await workflow.execute_activity_method(EmailTriageActivities.detect_language, email, **opts)
        if language != "en":
            english = await workflow.execute_activity_method(
                EmailTriageActivities.translate_to_english, args=[email, language], **opts
            )
            email = EmailMessage(**{**email.__dict__, "body": english})

        decision = await workflow.execute_activity_method(EmailTriageActivities.classify, email, **opts)
        decision.language = language
        decision.flagged = flagged
        if flagged:
            return decision

        decision.draft_reply = await workflow.execute_activity_method(
            EmailTriageActivities.draft_reply,
            args=[email, decision],
            start_to_close_timeout=LONG_LLM_TIMEOUT,
            heartbeat_timeout=HEARTBEAT_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        return decision
