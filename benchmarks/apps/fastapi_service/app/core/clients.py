"""Shared SDK clients, created once per process.

Import these instead of constructing new clients in request handlers: the
connection pools are expensive and the API keys come from settings.
"""
import anthropic
import boto3
import openai

from app.core.config import settings

claude = anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=3)
bedrock = boto3.client("bedrock-runtime", region_name=settings.aws_region)
openai_client = openai.AsyncOpenAI(api_key=settings.openai_api_key)

# not LLM: attachments go to S3
s3 = boto3.client("s3", region_name=settings.aws_region)
