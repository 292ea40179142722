"""Entry point: ``python -m kserve_predictors.server --model_name chat --kind openai-chat``."""
from __future__ import annotations

import argparse
import logging
import signal

import kserve

from kserve_predictors.bedrock_predictor import BedrockClaudePredictor, BedrockStreamingPredictor
from kserve_predictors.chat_predictor import OpenAIChatPredictor, OpenAIJsonPredictor
from kserve_predictors.claude_predictor import ClaudePredictor
from kserve_predictors.embedding_predictor import OpenAIEmbeddingPredictor, TitanEmbeddingPredictor
from kserve_predictors.grok_predictor import GrokPredictor, GrokVisionPredictor
from kserve_predictors.rag_predictor import DocsRAGPredictor
from kserve_predictors.replicate_predictor import ReplicateLlamaPredictor, SDXLPredictor
from kserve_predictors.responses_predictor import ReasoningPredictor, SummaryPredictor
from kserve_predictors.router_predictor import RawToolCallPredictor, RouterPredictor
from kserve_predictors.tracked_predictor import (
    TenantChatPredictor,
    TrackedClaudePredictor,
    TrackedEmbeddingPredictor,
)
from serving_common.clients import reset_clients

KINDS = {
    "openai-chat": OpenAIChatPredictor,
    "openai-json": OpenAIJsonPredictor,
    "openai-embed": OpenAIEmbeddingPredictor,
    "reasoning": ReasoningPredictor,
    "summary": SummaryPredictor,
    "claude": ClaudePredictor,
    "claude-tracked": TrackedClaudePredictor,
    "bedrock": BedrockClaudePredictor,
    "bedrock-stream": BedrockStreamingPredictor,
    "titan-embed": TitanEmbeddingPredictor,
    "replicate-llama": ReplicateLlamaPredictor,
    "sdxl": SDXLPredictor,
    "grok": GrokPredictor,
    "grok-vision": GrokVisionPredictor,
    "docs-rag": DocsRAGPredictor,
    "router": RouterPredictor,
    "tools": RawToolCallPredictor,
    "tenant-chat": TenantChatPredictor,
    "tenant-embed": TrackedEmbeddingPredictor,
}

parser = argparse.ArgumentParser(parents=[kserve.model_server.parser])
parser.add_argument("--kind", choices=sorted(KINDS), required=True)
parser.add_argument("--upstream_model", default=None, help="provider model id override")


def main() -> None:
    args, _ = parser.parse_known_args()
    logging.basicConfig(level=logging.INFO)
    signal.signal(signal.SIGHUP, lambda *_: reset_clients())
    model = KINDS[args.kind](args.model_name, args.upstream_model)
    model.load()
    kserve.ModelServer().start([model])


if __name__ == "__main__":
    main()
