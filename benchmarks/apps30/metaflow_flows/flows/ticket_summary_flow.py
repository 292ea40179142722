"""Weekly support-ticket summarisation.

    python flows/ticket_summary_flow.py run --tickets-file data/tickets.csv
"""
import asyncio
import io
import json
import logging

from metaflow import FlowSpec, IncludeFile, Parameter, card, current, retry, step, timeout

from llmkit import get_anthropic_client, get_prompt
from llmkit.llm_usage_tracker import llm_tracker
from llmkit.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


class TicketSummaryFlow(FlowSpec):
    tickets_file = IncludeFile(
        "tickets-file",
        help="CSV export from Zendesk (id,subject,body,priority)",
        default="data/tickets_sample.csv",
    )
    max_tickets = Parameter("max-tickets", type=int, default=500)
    chunk_size = Parameter("chunk-size", type=int, default=25)
    model = Parameter("model", default="claude-3-5-haiku-latest")
    max_bullets = Parameter("max-bullets", type=int, default=8)

    @step
    def start(self):
        import pandas as pd

        df = pd.read_csv(io.StringIO(self.tickets_file))
        df = df.sort_values("priority", ascending=False).head(self.max_tickets)
        self.n_tickets = len(df)
        records = df[["id", "subject", "body"]].to_dict("records")
        self.chunks = [records[i : i + self.chunk_size] for i in range(0, len(records), self.chunk_size)]
        log.info("%d tickets in %d chunks", self.n_tickets, len(self.chunks))
        self.next(self.summarize_chunk, foreach="chunks")

    @retry(times=3, minutes_between_retries=1)
    @timeout(minutes=10)
    @step
    def summarize_chunk(self):
        tmpl = get_prompt("ticket_summary")
        tickets_txt = "\n\n".join(f"[{t['id']}] {t['subject']}\n{t['body'][:2000]}" for t in self.input)
        client = get_anthropic_client()
        msg = client.messages.create(
            model=self.model,
            max_tokens=1024,
            system=tmpl.system,
            messages=tmpl.anthropic_messages(tickets=tickets_txt, max_bullets=self.max_bullets),
        )
        self.chunk_summary = msg.content[0].text
        self.chunk_usage = {"input": msg.usage.input_tokens, "output": msg.usage.output_tokens}
        self.ticket_ids = [t["id"] for t in self.input]
        self.next(self.join)

    @step
    def join(self, inputs):
        self.partials = [inp.chunk_summary for inp in inputs]
        self.usage = {
            "input": sum(inp.chunk_usage["input"] for inp in inputs),
            "output": sum(inp.chunk_usage["output"] for inp in inputs),
        }
        self.merge_artifacts(inputs, include=["n_tickets", "model", "max_bullets"])
        self.next(self.reduce)

    @retry(times=2)
    @step
    def reduce(self):
        # Tracked path: the final reduce goes through the multi-model service.
        joined = "\n\n".join(self.partials)
        resp = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Merge these partial summaries into one list of {self.max_bullets} bullets:\n\n{joined}",
                task_type="ticket_summary_reduce",
                complexity=TaskComplexity.STANDARD,
            )
        )
        self.summary = resp.text
        self.next(self.flag_outages)

    @step
    def flag_outages(self):
        # Legacy direct call, wrapped with the tracker (allowed pattern).
        self.outage_flags = asyncio.run(self._flag_outages())
        self.next(self.end)

    async def _flag_outages(self):
        client = get_anthropic_client()
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=self.model,
            feature_context="ticket_outage_flags",
            run_pathspec=current.pathspec,
        ) as usage_log:
            msg = client.messages.create(
                model=self.model,
                max_tokens=300,
                messages=[
                    {
                        "role": "user",
                        "content": "List any services that look like they had an outage, as a JSON "
                        "array of strings. Summary:\n" + self.summary,
                    }
                ],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        try:
            return json.loads(msg.content[0].text)
        except json.JSONDecodeError:
            return []

    @card(type="default")
    @step
    def end(self):
        from metaflow.cards import Markdown

        current.card.append(Markdown(f"# Ticket summary ({self.n_tickets} tickets)"))
        current.card.append(Markdown(self.summary))
        if self.outage_flags:
            current.card.append(Markdown("**Possible outages:** " + ", ".join(self.outage_flags)))
        print(json.dumps(self.usage))


if __name__ == "__main__":
    TicketSummaryFlow()
