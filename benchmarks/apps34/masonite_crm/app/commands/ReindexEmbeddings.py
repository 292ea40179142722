"""Recompute lead embeddings (after an embedding model change)."""
from concurrent.futures import ThreadPoolExecutor, as_completed

from masonite.commands import Command
from masonite.configuration import config

from app.models.Lead import Lead


class ReindexEmbeddings(Command):
    """
    Recompute embeddings for all leads

    embeddings:reindex
        {--workers=4 : Parallel requests}
        {--chunk=100 : Leads per request}
    """

    def __init__(self, application):
        super().__init__()
        self.app = application

    def handle(self):
        client = self.app.make("ai.openai")
        model = config("ai.openai.embedding_model")
        chunk = int(self.option("chunk"))
        leads = Lead.all()
        batches = [leads[i : i + chunk] for i in range(0, len(leads), chunk)]

        with ThreadPoolExecutor(max_workers=int(self.option("workers"))) as pool:
            futures = {
                pool.submit(
                    client.embeddings.create,
                    model=model,
                    input=[lead.profile_text() for lead in batch],
                ): batch
                for batch in batches
            }
            for future in as_completed(futures):
                batch = futures[future]
                for lead, item in zip(batch, future.result().data):
                    lead.update({"embedding": item.embedding})
                self.line(f"  indexed {len(batch)} leads")
        self.info(f"reindexed {len(leads)} leads with {model}")
