"""Shared provider clients (module level).

DEPRECATED for worker code: these objects are created at import time in the
Celery parent process and then inherited by every forked child, which breaks
the underlying connection pools (see INC-2291). Tasks should use
``docintel.core.worker_clients`` instead. The admin app and the scripts in
``scripts/`` still import from here until they are migrated.
"""
import logging

import boto3
import voyageai
from botocore.config import Config
from openai import AzureOpenAI

from docintel.core.settings import settings

log = logging.getLogger(__name__)

_boto_config = Config(
    region_name=settings.bedrock_region,
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=10,
)

azure_client = AzureOpenAI(
    azure_endpoint=settings.azure_openai_endpoint,
    api_key=settings.azure_openai_api_key,
    api_version=settings.azure_openai_api_version,
    max_retries=3,
    timeout=60.0,
)

bedrock_runtime = boto3.client("bedrock-runtime", config=_boto_config)

vo = voyageai.Client(api_key=settings.voyage_api_key, max_retries=3, timeout=30)

s3 = boto3.client("s3", region_name=settings.aws_region)

log.debug("module-level provider clients initialised")
