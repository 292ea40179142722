"""Background jobs (netbox.jobs.JobRunner)."""
import asyncio
import json
import logging

from dcim.models import Device
from extras.models import JournalEntry
from netbox.jobs import JobRunner, system_job
from netbox.plugins import get_plugin_config

from .llm import get_bedrock_runtime, get_openai_client, llm_tracker
from .llm.multi_model_service import TaskComplexity, multi_model_service
from .services.search import index_entries
from .services.summarizer import DeviceSummarizer

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.jobs")


class SummarizeDeviceJob(JobRunner):
    class Meta:
        name = "Summarise device"

    def run(self, *args, **kwargs):
        device = self.job.object
        summary = DeviceSummarizer().summarize(device)
        self.logger.info(f"Summary for {device}: {summary.output_tokens} output tokens")


class BulkSummarizeJob(JobRunner):
    class Meta:
        name = "Bulk summarise devices"

    def run(self, site_id=None, *args, **kwargs):
        summarizer = DeviceSummarizer()
        qs = Device.objects.all()
        if site_id:
            qs = qs.filter(site_id=site_id)
        for device in qs.iterator():
            try:
                summarizer.summarize(device)
            except Exception:
                logger.exception("Bulk summary failed for %s", device)


@system_job(interval=60 * 6)
class RefreshJournalEmbeddingsJob(JobRunner):
    class Meta:
        name = "Refresh journal embeddings"

    def run(self, *args, **kwargs):
        provider = get_plugin_config("netbox_ai_assist", "embedding_provider") or "cohere"
        entries = JournalEntry.objects.filter(last_updated__gte=self.job.created.replace(hour=0))
        n = index_entries(entries, provider=provider)
        self.logger.info(f"Indexed {n} journal entries with {provider}")
        if get_plugin_config("netbox_ai_assist", "bedrock_smoke_test"):
            self._bedrock_smoke_test()

    def _bedrock_smoke_test(self):
        runtime = get_bedrock_runtime()
        resp = runtime.invoke_model_with_response_stream(
            modelId=get_plugin_config("netbox_ai_assist", "bedrock_model_id"),
            body=json.dumps({
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 64,
                "messages": [{"role": "user", "content": "Say OK."}],
            }),
        )
        text = []
        for event in resp["body"]:
            chunk = json.loads(event["chunk"]["bytes"])
            if chunk.get("type") == "content_block_delta":
                text.append(chunk["delta"].get("text", ""))
        self.logger.info("bedrock smoke test: " + "".join(text))


class WeeklyDigestJob(JobRunner):
    """Writes a digest of the week's journal entries. Uses the tracked service."""

    class Meta:
        name = "Weekly journal digest"

    def run(self, *args, **kwargs):
        entries = JournalEntry.objects.order_by("-created")[:200]
        text = "\n".join(f"{e.assigned_object}: {e.comments}" for e in entries)
        digest = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Write a weekly digest of these journal entries:\n{text}",
                task_type="weekly_digest",
                complexity=TaskComplexity.STANDARD,
            )
        )
        self.logger.info(digest[:2000])


class ChangeImpactJob(JobRunner):
    """Estimates blast radius of a pending change. Legacy call wrapped with the tracker."""

    class Meta:
        name = "Change impact estimate"

    async def _estimate(self, description: str) -> str:
        client = get_openai_client()
        model = get_plugin_config("netbox_ai_assist", "openai_model")
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="change_impact"
        ) as usage_log:
            response = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": f"Estimate the impact of this change:\n{description}"}],
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    def run(self, description="", *args, **kwargs):
        result = asyncio.run(self._estimate(description))
        self.logger.info(result)


class ExportUsageJob(JobRunner):
    class Meta:
        name = "Export OpenAI usage snapshot"

    def run(self, *args, **kwargs):
        client = get_openai_client()
        batch_file = client.files.create(file=open("/tmp/usage-export.jsonl", "rb"), purpose="batch")
        self.logger.info(f"uploaded {batch_file.id}")
