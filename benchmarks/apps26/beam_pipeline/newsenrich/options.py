"""Custom PipelineOptions.

Each provider gets its own options view so that ``--help`` groups the flags
sensibly. Secrets are *names* of Secret Manager entries, not the keys
themselves; workers resolve them in ``setup()`` via :func:`newsenrich.config.resolve_secret`.
"""
from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from newsenrich import config


class EnrichmentOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--input", help="GCS glob of JSONL article dumps (batch mode)")
        parser.add_argument("--input_subscription", help="Pub/Sub subscription (streaming mode)")
        parser.add_argument("--output_table", required=False, help="project:dataset.table")
        parser.add_argument("--dead_letter_path", default=None)
        parser.add_argument(
            "--summarizer",
            choices=["openai", "anthropic", "tracked", "hf"],
            default="tracked",
            help="Which summariser to run. 'tracked' goes through multi_model_service.",
        )
        parser.add_argument("--embedder", choices=["cohere", "voyage", "openai"], default="cohere")
        parser.add_argument("--enable_moderation", action="store_true", default=False)
        parser.add_argument("--enable_headlines", action="store_true", default=False)
        parser.add_argument("--topics_path", default=None, help="Optional JSON list of topic seeds for reranking")


class OpenAIOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--openai_api_key_secret", default="openai-api-key")
        parser.add_argument("--openai_summary_model", default=config.OPENAI_SUMMARY_MODEL)
        parser.add_argument("--openai_embed_model", default=config.OPENAI_EMBED_MODEL)
        parser.add_argument("--openai_org", default=None)


class AnthropicOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--anthropic_api_key_secret", default="anthropic-api-key")
        parser.add_argument("--anthropic_model", default=config.ANTHROPIC_MODEL)
        parser.add_argument("--anthropic_max_tokens", type=int, default=config.MAX_SUMMARY_TOKENS)


class CohereOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--cohere_api_key_secret", default="cohere-api-key")
        parser.add_argument("--cohere_embed_model", default=config.COHERE_EMBED_MODEL)
        parser.add_argument("--cohere_rerank_model", default=config.COHERE_RERANK_MODEL)
        parser.add_argument("--cohere_rerank_top_n", type=int, default=3)


class VoyageOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--voyage_api_key_secret", default="voyage-api-key")
        parser.add_argument("--voyage_embed_model", default=config.VOYAGE_EMBED_MODEL)


class VertexGenAIOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--genai_project", default=None, help="Defaults to --project")
        parser.add_argument("--genai_location", default=config.VERTEX_LOCATION)
        parser.add_argument("--gemini_model", default=config.GEMINI_MODEL)


class HuggingFaceOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--hf_token_secret", default="hf-inference-token")
        parser.add_argument("--hf_provider", default="hf-inference")
        parser.add_argument("--hf_zero_shot_model", default=config.HF_ZERO_SHOT_MODEL)


class DeepSeekOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument("--deepseek_api_key_secret", default="deepseek-api-key")
        parser.add_argument("--deepseek_model", default=config.DEEPSEEK_CHAT_MODEL)
