"""Glue between Hydra configs and our objects."""
from __future__ import annotations

import logging
import os
import random
from pathlib import Path
from typing import Any

import numpy as np
from hydra.core.hydra_config import HydraConfig
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf

from ..cache import CachedModel, ResponseCache
from ..models.base import BaseModel

log = logging.getLogger(__name__)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)


def build_model(model_cfg: DictConfig, cache_cfg: DictConfig | None = None) -> BaseModel:
    model: BaseModel = instantiate(model_cfg)
    if cache_cfg is not None and cache_cfg.get("enabled", False):
        cache = ResponseCache(Path(cache_cfg.path) / "responses.sqlite")
        model = CachedModel(model, cache)
    log.info("built model %r", model)
    return model


def build_judge(judge_cfg: DictConfig | None) -> Any:
    if judge_cfg is None:
        return None
    return instantiate(judge_cfg)


def save_config(cfg: DictConfig, out_dir: str | Path | None = None) -> Path:
    out_dir = Path(out_dir or HydraConfig.get().runtime.output_dir)
    path = out_dir / "resolved_config.yaml"
    path.write_text(OmegaConf.to_yaml(cfg, resolve=True))
    return path


def choice_name(group: str) -> str:
    try:
        return HydraConfig.get().runtime.choices[group]
    except Exception:  # noqa: BLE001 - not running under hydra (tests, notebooks)
        return "unknown"


def _register_resolvers() -> None:
    # ${model_slug:${model.model_name}} -> filesystem-friendly name for output dirs
    if not OmegaConf.has_resolver("model_slug"):
        OmegaConf.register_new_resolver("model_slug", lambda name: name.replace("/", "__").replace(":", "-"))
    if not OmegaConf.has_resolver("div"):
        OmegaConf.register_new_resolver("div", lambda a, b: int(a) // int(b))


_register_resolvers()


def flatten_for_logging(cfg: DictConfig, prefix: str = "") -> dict[str, Any]:
    """Flatten a config for wandb/mlflow param logging."""
    flat: dict[str, Any] = {}
    container = OmegaConf.to_container(cfg, resolve=True, throw_on_missing=False)

    def _walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                _walk(v, f"{path}.{k}" if path else str(k))
        elif isinstance(node, list):
            flat[path] = ",".join(map(str, node))
        else:
            flat[path] = node

    _walk(container, prefix)
    return flat


def build_models_from_sweep(model_cfgs: dict[str, DictConfig]) -> dict[str, BaseModel]:
    """Used by notebooks that compare several model configs side by side."""
    return {name: instantiate(c) for name, c in model_cfgs.items()}
