"""
Process-wide LLM clients for code that runs outside the Salt loader
(runners invoked from the master, scripts, the returner when used in the
master job cache).
"""
import functools
import os

import anthropic
import boto3
import cohere
from openai import OpenAI


@functools.lru_cache(maxsize=None)
def get_openai(base_url=None):
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), base_url=base_url)


@functools.lru_cache(maxsize=None)
def get_anthropic():
    return anthropic.Anthropic(
        api_key=os.environ.get("ANTHROPIC_API_KEY"),
        max_retries=3,
    )


@functools.lru_cache(maxsize=None)
def get_cohere():
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"))


@functools.lru_cache(maxsize=8)
def bedrock_runtime(region="us-east-1"):
    return boto3.client("bedrock-runtime", region_name=region)
