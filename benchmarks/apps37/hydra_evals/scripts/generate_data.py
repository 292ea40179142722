"""Synthetic data pipeline.

    python scripts/generate_data.py domain="organic chemistry" num_topics=30
"""
from __future__ import annotations

import asyncio
import logging
import os

import hydra
from anthropic import AsyncAnthropic
from hydra.utils import instantiate
from omegaconf import DictConfig

from hydra_evals.generation import dedup, paraphrase, synth_qa
from hydra_evals.generation.evol_instruct import Evolver
from hydra_evals.models import get_openai_client
from hydra_evals.utils import write_jsonl

log = logging.getLogger(__name__)


@hydra.main(version_base="1.3", config_path="../conf/generation", config_name="synth_qa")
def main(cfg: DictConfig) -> None:
    teacher = instantiate(cfg.teacher)
    client = get_openai_client()
    domain = cfg.get("domain", "undergraduate physics")

    pairs = synth_qa.run(teacher, client, domain, cfg.num_topics, cfg.questions_per_topic,
                         cfg.num_threads)
    log.info("generated %d QA pairs", len(pairs))

    questions = [p.question for p in pairs]
    keep = dedup.dedup(questions, threshold=cfg.dedup.threshold, model=cfg.dedup.embedding_model)
    pairs = [pairs[i] for i in keep]

    rows = [p.__dict__ for p in pairs]
    if cfg.paraphrase.enabled:
        paras = paraphrase.paraphrase_all([p.question for p in pairs], cfg.paraphrase.model_name,
                                          processes=cfg.paraphrase.processes)
        for row, para in zip(rows, paras):
            row["paraphrase"] = para

    if cfg.get("evolve_rounds", 0):
        evolver = Evolver(AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"]))
        evolved = asyncio.run(evolver.evolve(questions[:200], rounds=cfg.evolve_rounds))
        write_jsonl(({"instruction": e} for e in evolved), cfg.output_path.replace(".jsonl", ".evol.jsonl"))

    n = write_jsonl(rows, cfg.output_path)
    log.info("wrote %d rows to %s", n, cfg.output_path)


if __name__ == "__main__":
    main()
