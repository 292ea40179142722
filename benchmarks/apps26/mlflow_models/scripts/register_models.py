"""Log + register every pyfunc model.

    python -m scripts.register_models --only claim_triage,policy_qa --stage staging
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

import mlflow
from mlflow import MlflowClient
from mlflow.models import infer_signature
import pandas as pd

from docai_models.models.claim_summarizer import ClaimSummarizerModel
from docai_models.models.document_extractor import DocumentExtractorModel
from docai_models.models.embedder import EmbedderModel
from docai_models.models.fraud_signals import FraudSignalsModel
from docai_models.models.ocr_pipeline import OCRPipelineModel
from docai_models.models.policy_qa import PolicyQAModel
from docai_models.models.router_model import RouterModel
from docai_models.models.watsonx_extractor import WatsonxExtractorModel
from docai_models.providers import get_default_openai

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]

# Unity Catalog names: <catalog>.<schema>.<model>
MODEL_NAMES = {
    "claim_triage": "docai.claims.claim_triage",
    "document_extractor": "docai.claims.document_extractor",
    "ocr_pipeline": "docai.intake.ocr_pipeline",
    "policy_qa": "docai.policy.policy_qa",
    "claim_summarizer": "docai.claims.claim_summarizer",
    "watsonx_extractor": "docai.eu.watsonx_extractor",
    "embedder": "docai.search.embedder",
    "fraud_signals": "docai.siu.fraud_signals",
    "router": "docai.shared.router",
}

PIP_REQS = [
    "openai==1.54.4",
    "anthropic[bedrock]==0.39.0",
    "mistralai==1.2.3",
    "cohere==5.11.4",
    "ibm-watsonx-ai==1.1.24",
    "tiktoken==0.8.0",
    "pandas>=2.0",
]

MODEL_CONFIGS = {
    "document_extractor": {"providers": {"anthropic": {"model": "claude-3-5-sonnet", "region": "us-east-1"}}},
    "ocr_pipeline": {"providers": {"mistral": {"model": "mistral-small-latest"}}, "cleanup": True},
    "policy_qa": {"providers": {"cohere": {"model": "command-r-plus-08-2024"}}, "top_n": 5},
    "claim_summarizer": {"providers": {"fireworks": {"model": "accounts/fireworks/models/llama-v3p1-70b-instruct"}}},
    "watsonx_extractor": {"providers": {"watsonx": {"model": "ibm/granite-3-8b-instruct",
                                                    "endpoint": "https://eu-de.ml.cloud.ibm.com",
                                                    "project_id": "{{secrets/docai/watsonx_project}}"}}},
    "embedder": {"providers": {"azure_openai": {"model": "text-embedding-3-large",
                                                "endpoint": "https://docai-eastus2.openai.azure.com"}},
                 "dimensions": 1024},
    "fraud_signals": {"providers": {"anthropic": {"model": "claude-3-5-sonnet-20241022", "use_bedrock": False}}},
    "router": {"task_type": "internal_tools"},
}

PYTHON_MODELS = {
    "document_extractor": DocumentExtractorModel,
    "ocr_pipeline": OCRPipelineModel,
    "policy_qa": PolicyQAModel,
    "claim_summarizer": ClaimSummarizerModel,
    "watsonx_extractor": WatsonxExtractorModel,
    "embedder": EmbedderModel,
    "fraud_signals": FraudSignalsModel,
    "router": RouterModel,
}

ARTIFACTS = {
    "policy_qa": {"policy_index": str(ROOT / "artifacts" / "policy_index.npz")},
    "document_extractor": {"tool_overrides": str(ROOT / "artifacts" / "tool_overrides.json")},
}


def check_azure_deployments(required: set[str]) -> None:
    """Fail fast if a deployment we reference is not visible to the key."""
    available = {m.id for m in get_default_openai().models.list()}
    missing = required - available
    if missing:
        log.warning("deployments not visible (may be Azure-only names): %s", sorted(missing))


def register(name: str, stage: str | None) -> str:
    registered_name = MODEL_NAMES[name]
    with mlflow.start_run(run_name=f"register-{name}") as run:
        if name == "claim_triage":
            # models-from-code: the module calls mlflow.models.set_model
            info = mlflow.pyfunc.log_model(
                artifact_path="model",
                python_model=str(ROOT / "docai_models" / "models" / "claim_triage.py"),
                code_paths=[str(ROOT / "docai_models")],
                model_config=str(ROOT / "configs" / "claim_triage.yaml"),
                pip_requirements=PIP_REQS,
            )
        else:
            example = pd.DataFrame([{"text": "example"}])
            info = mlflow.pyfunc.log_model(
                artifact_path="model",
                python_model=PYTHON_MODELS[name](),
                artifacts=ARTIFACTS.get(name),
                model_config=MODEL_CONFIGS[name],
                code_paths=[str(ROOT / "docai_models")],
                pip_requirements=PIP_REQS,
                signature=infer_signature(example, params={"temperature": 0.0}),
            )
        mv = mlflow.register_model(info.model_uri, registered_name)
        log.info("registered %s v%s from run %s", registered_name, mv.version, run.info.run_id)
    if stage:
        MlflowClient().set_registered_model_alias(registered_name, stage, mv.version)
    return mv.version


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=",".join(MODEL_NAMES))
    ap.add_argument("--stage", default=None)
    ap.add_argument("--check-deployments", action="store_true")
    args = ap.parse_args(argv)
    mlflow.set_registry_uri("databricks-uc")
    if args.check_deployments:
        check_azure_deployments({"gpt-4o", "gpt-4o-mini", "text-embedding-3-large"})
    for name in args.only.split(","):
        print(name, register(name.strip(), args.stage))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
