"""Run a backend offline over a project and upload predictions via the SDK.

    python -m scripts.backfill_predictions --project 12 --backend ner_openai
"""
import argparse
import importlib
import logging

from label_studio_sdk.client import LabelStudio

from common.settings import settings

logger = logging.getLogger(__name__)

BACKENDS = {
    "ner_openai": "ner_openai.model:OpenAINERModel",
    "sentiment_anthropic": "sentiment_anthropic.model:ClaudeSentimentModel",
    "summarize_bedrock": "summarize_bedrock.model:BedrockSummarizer",
    "image_caption_gemini": "image_caption_gemini.model:GeminiCaptioner",
    "hf_classifier": "hf_classifier.model:HFTextClassifier",
}


def load_backend(name: str, label_config: str):
    module_name, cls_name = BACKENDS[name].split(":")
    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls(label_config=label_config)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=int, required=True)
    ap.add_argument("--backend", choices=sorted(BACKENDS), required=True)
    ap.add_argument("--batch", type=int, default=8)
    args = ap.parse_args()

    ls = LabelStudio(base_url=settings.label_studio_url, api_key=settings.label_studio_api_key)
    project = ls.projects.get(id=args.project)
    backend = load_backend(args.backend, project.label_config)

    batch = []
    for task in ls.tasks.list(project=args.project, fields="all"):
        if task.total_predictions:
            continue
        batch.append({"id": task.id, "data": task.data})
        if len(batch) == args.batch:
            _flush(ls, backend, batch)
            batch = []
    if batch:
        _flush(ls, backend, batch)


def _flush(ls, backend, batch):
    response = backend.predict(batch)
    for task, pred in zip(batch, response.predictions):
        pred = pred if isinstance(pred, dict) else pred.model_dump()
        ls.predictions.create(task=task["id"], result=pred["result"], score=pred.get("score", 0.0),
                              model_version=pred.get("model_version"))
    logger.info("uploaded %d predictions", len(batch))


if __name__ == "__main__":
    main()
