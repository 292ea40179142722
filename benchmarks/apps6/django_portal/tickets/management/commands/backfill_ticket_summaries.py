"""Backfill ``Ticket.summary`` for tickets created before summaries existed.

Default mode submits a Message Batch (half price, results within 24h);
``--sync`` runs the requests inline on Bedrock with a small thread pool.
"""
import json
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.llm import claude_client, get_bedrock_runtime
from tickets.models import Ticket

SYSTEM = "Summarise this support thread for the next agent in under 80 words."


class Command(BaseCommand):
    help = "Generate summaries for tickets that do not have one yet."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=5000)
        parser.add_argument("--sync", action="store_true", help="Summarise inline via Bedrock.")
        parser.add_argument("--workers", type=int, default=4)
        parser.add_argument("--wait", action="store_true", help="Poll the batch until it finishes.")

    def handle(self, *args, **options):
        tickets = list(
            Ticket.objects.filter(summary="").order_by("created_at")[: options["limit"]]
        )
        if not tickets:
            self.stdout.write("Nothing to backfill.")
            return
        if options["sync"]:
            self._run_sync(tickets, options["workers"])
        else:
            self._submit_batch(tickets, wait=options["wait"])

    def _submit_batch(self, tickets, wait=False):
        client = claude_client()
        requests = [
            {
                "custom_id": f"ticket-{t.pk}",
                "params": {
                    "model": settings.ANTHROPIC_FAST_MODEL,
                    "max_tokens": 300,
                    "system": SYSTEM,
                    "messages": [{"role": "user", "content": t.thread_text()}],
                },
            }
            for t in tickets
        ]
        batch = client.messages.batches.create(requests=requests)
        self.stdout.write(self.style.SUCCESS(f"Submitted batch {batch.id} with {len(requests)} tickets"))
        if not wait:
            return
        while True:
            batch = client.messages.batches.retrieve(batch.id)
            if batch.processing_status == "ended":
                break
            self.stdout.write(f"  {batch.request_counts.processing} still processing...")
            time.sleep(60)
        for entry in client.messages.batches.results(batch.id):
            if entry.result.type != "succeeded":
                continue
            pk = int(entry.custom_id.split("-", 1)[1])
            text = entry.result.message.content[0].text
            Ticket.objects.filter(pk=pk).update(summary=text, summary_model=settings.ANTHROPIC_FAST_MODEL)

    def _run_sync(self, tickets, workers):
        runtime = get_bedrock_runtime()
        model_id = settings.BEDROCK_SUMMARY_MODEL_ID
        done = 0
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {
                pool.submit(
                    runtime.converse,
                    modelId=model_id,
                    system=[{"text": SYSTEM}],
                    messages=[{"role": "user", "content": [{"text": t.thread_text()}]}],
                    inferenceConfig={"maxTokens": 300},
                ): t
                for t in tickets
            }
            for future in as_completed(futures):
                ticket = futures[future]
                try:
                    result = future.result()
                except Exception as exc:  # keep going; report at the end
                    self.stderr.write(f"#{ticket.pk}: {exc}")
                    continue
                text = "".join(p.get("text", "") for p in result["output"]["message"]["content"])
                Ticket.objects.filter(pk=ticket.pk).update(summary=text.strip(), summary_model=model_id)
                done += 1
        if done == 0:
            raise CommandError("no summaries were written")
        self.stdout.write(self.style.SUCCESS(f"Wrote {done} summaries"))
        self.stdout.write(json.dumps({"done": done, "total": len(tickets)}))
