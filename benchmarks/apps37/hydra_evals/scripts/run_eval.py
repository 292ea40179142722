"""Main eval entry point.

    python scripts/run_eval.py model=anthropic_sonnet task=gsm8k
    python scripts/run_eval.py -m model=openai_gpt4o,together_llama,fireworks_mixtral task=summarization
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import hydra
from omegaconf import DictConfig, OmegaConf

from hydra_evals.models import get_openai_client
from hydra_evals.metrics.semantic import SemanticSimilarity
from hydra_evals.runners.eval_runner import EvalRunner, load_task
from hydra_evals.utils.hydra_utils import (
    build_judge,
    build_model,
    choice_name,
    flatten_for_logging,
    save_config,
    seed_everything,
)

log = logging.getLogger(__name__)


@hydra.main(version_base="1.3", config_path="../conf", config_name="config")
def main(cfg: DictConfig) -> float:
    seed_everything(cfg.seed)
    save_config(cfg)
    log.info("config:\n%s", OmegaConf.to_yaml(cfg))

    model = build_model(cfg.model, cfg.cache)
    judge = build_judge(cfg.judge) if cfg.task.metric in ("judge", "pairwise") else None
    examples = load_task(cfg.task, cfg.max_examples)

    runner = EvalRunner(model, cfg.task, judge=judge, num_workers=cfg.num_workers,
                        output_dir=cfg.output_dir)
    report = runner.run(examples)

    if cfg.task.answer_field and cfg.task.metric == "judge":
        # secondary metric, cheap enough to always compute
        sim = SemanticSimilarity(get_openai_client())
        preds = [json.loads(l)["text"] for l in (Path(cfg.output_dir) / "predictions.jsonl").open()]
        refs = [ex[cfg.task.answer_field] for ex in examples]
        sims = sim.score(preds, refs)
        log.info("semantic similarity: %.4f", sum(sims) / len(sims))

    (Path(cfg.output_dir) / "report.json").write_text(json.dumps(report.to_dict(), indent=2))

    if cfg.get("wandb", {}).get("enabled", False):
        import wandb

        run = wandb.init(
            project=cfg.wandb.project,
            name=f"{choice_name('model')}-{cfg.task.name}",
            config=flatten_for_logging(cfg),
            reinit=True,
        )
        run.log({"score": report.mean, "n": report.n, "cost": sum(report.costs.values())})
        run.finish()
    return report.mean  # returned for optuna sweeper


if __name__ == "__main__":
    main()
