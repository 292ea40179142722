import datetime as dt
import logging

import luigi

from enrichment.config import DEFAULT_MODELS, catalogue
from enrichment.llm import get_client
from enrichment.llm.completion import complete

log = logging.getLogger("luigi-interface")


class CatalogueTask(luigi.Task):
    run_date = luigi.DateParameter(default=dt.date.today())
    limit = luigi.IntParameter(default=0, significant=False, description="debug: only process N titles")

    @property
    def batch_size(self):
        return catalogue().batch_size

    def limited(self, rows):
        rows = list(rows)
        return rows[: self.limit] if self.limit else rows


class LLMTask(CatalogueTask):
    """Base for tasks that talk to a model.  --provider / --model select it."""

    provider = luigi.Parameter(default="openai")
    model = luigi.Parameter(default="")

    @property
    def model_name(self):
        return self.model or DEFAULT_MODELS[self.provider]

    @property
    def client(self):
        return get_client(self.provider)

    def ask(self, system, prompt, max_tokens=512, temperature=0.4):
        result = complete(self.provider, self.client, self.model_name, system, prompt, max_tokens, temperature)
        log.debug("%s: %s", self.task_id, result)
        return result
