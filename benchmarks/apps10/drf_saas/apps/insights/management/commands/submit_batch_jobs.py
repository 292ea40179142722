"""
Submit the nightly bulk-enrichment jobs (ticket summaries for the analytics
warehouse). Both providers give ~50% off for 24h batch windows.

    ./manage.py submit_batch_jobs --provider azure --since 2024-05-01
"""
import io
import json
import uuid
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from apps.insights.models import BatchJob
from apps.support.models import Ticket
from services import storage
from services.ai.clients import deployment, get_azure_openai_client, get_bedrock_control

PROMPT = "Summarise this support ticket in one sentence and list the product areas involved."


class Command(BaseCommand):
    help = "Submit batch summarisation jobs to Azure OpenAI or Bedrock"

    def add_arguments(self, parser):
        parser.add_argument("--provider", choices=["azure", "bedrock"], default="azure")
        parser.add_argument("--since", type=date.fromisoformat, required=True)
        parser.add_argument("--limit", type=int, default=50_000)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        tickets = Ticket.objects.filter(created_at__date__gte=opts["since"]).only("pk", "subject", "body")
        tickets = list(tickets[: opts["limit"]])
        if not tickets:
            raise CommandError("nothing to submit")
        if opts["dry_run"]:
            self.stdout.write(f"would submit {len(tickets)} tickets to {opts['provider']}")
            return
        if opts["provider"] == "azure":
            job = self._submit_azure(tickets)
        else:
            job = self._submit_bedrock(tickets)
        self.stdout.write(self.style.SUCCESS(f"submitted {job.kind} {job.external_id} ({len(tickets)} tickets)"))

    def _submit_azure(self, tickets):
        client = get_azure_openai_client()
        model = deployment("batch")
        lines = []
        for t in tickets:
            lines.append(json.dumps({
                "custom_id": f"ticket-{t.pk}",
                "method": "POST",
                "url": "/chat/completions",
                "body": {
                    "model": model,
                    "messages": [{"role": "system", "content": PROMPT},
                                 {"role": "user", "content": f"{t.subject}\n\n{t.body[:8000]}"}],
                    "max_tokens": 150,
                },
            }))
        upload = client.files.create(
            file=("tickets.jsonl", io.BytesIO("\n".join(lines).encode("utf-8"))),
            purpose="batch",
        )
        batch = client.batches.create(
            input_file_id=upload.id,
            endpoint="/chat/completions",
            completion_window="24h",
            metadata={"purpose": "ticket_summaries"},
        )
        return BatchJob.objects.create(kind=BatchJob.Kind.AZURE, external_id=batch.id, purpose="ticket_summaries")

    def _submit_bedrock(self, tickets):
        run_id = uuid.uuid4().hex[:12]
        records = []
        for t in tickets:
            records.append(json.dumps({
                "recordId": f"ticket-{t.pk}",
                "modelInput": {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 150,
                    "system": PROMPT,
                    "messages": [{"role": "user", "content": f"{t.subject}\n\n{t.body[:8000]}"}],
                },
            }))
        key = storage.put_text("_batch", f"bedrock/{run_id}/input.jsonl", "\n".join(records), "application/jsonl")
        output_prefix = storage.s3_uri(storage.tenant_key("_batch", "bedrock", run_id, "output/"))
        resp = get_bedrock_control().create_model_invocation_job(
            jobName=f"ticket-summaries-{run_id}",
            roleArn=settings.BEDROCK_BATCH_ROLE_ARN,
            modelId=settings.BEDROCK_MODELS["claude_fast"],
            inputDataConfig={"s3InputDataConfig": {"s3Uri": storage.s3_uri(key), "s3InputFormat": "JSONL"}},
            outputDataConfig={"s3OutputDataConfig": {"s3Uri": output_prefix}},
        )
        return BatchJob.objects.create(
            kind=BatchJob.Kind.BEDROCK, external_id=resp["jobArn"], purpose="ticket_summaries",
            output_location=output_prefix,
        )
