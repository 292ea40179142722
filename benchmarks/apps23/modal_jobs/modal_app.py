"""The single modal.App every job module registers against.

Keep this module import-light: it is imported inside every container.
"""
import modal

from common.secrets import ALL_LLM_SECRETS, DB_SECRET

PYTHON_VERSION = "3.11"

_LLM_PACKAGES = [
    "anthropic[bedrock]==0.49.0",
    "openai==1.68.2",
    "google-genai==1.7.0",
    "replicate==1.0.4",
    "groq==0.20.0",
    "boto3==1.37.18",
    "tenacity==9.0.0",
    "pydantic==2.10.6",
    "httpx==0.28.1",
    "structlog==25.2.0",
]

base_image = (
    modal.Image.debian_slim(python_version=PYTHON_VERSION)
    .pip_install(*_LLM_PACKAGES)
    .pip_install("fastapi[standard]==0.115.11", "sqlalchemy==2.0.39", "psycopg[binary]==3.2.6")
    .env({"PYTHONUNBUFFERED": "1", "TOKENIZERS_PARALLELISM": "false"})
    .add_local_python_source("common", "providers", "services", "lib", "jobs", "web")
)

media_image = (
    base_image.apt_install("ffmpeg", "libsndfile1")
    .pip_install("pydub==0.25.1", "Pillow==11.1.0")
)

APP_NAME = "media-ai-jobs"

app = modal.App(
    APP_NAME,
    image=base_image,
    secrets=[DB_SECRET],
)

# Shared state across containers.
results_dict = modal.Dict.from_name("media-ai-results", create_if_missing=True)
media_volume = modal.Volume.from_name("media-cache", create_if_missing=True)

MEDIA_MOUNT = "/media"

__all__ = [
    "app",
    "APP_NAME",
    "base_image",
    "media_image",
    "results_dict",
    "media_volume",
    "MEDIA_MOUNT",
    "ALL_LLM_SECRETS",
]
