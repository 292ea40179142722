"""A BuildbotService that owns provider clients for steps and reporters.

Registered in master.cfg under ``c['services']`` with name ``llm``; steps look
it up with ``self.master.namedServices['llm']``.  Using a service means the
clients are rebuilt on reconfig with whatever keys the config renders from
secrets, which the lru_cache factories in llm.clients can't do.

TODO(jr): fold llm.clients into this once the scripts stop importing it.
"""
import anthropic
import boto3
import cohere
from buildbot.util import service
from openai import OpenAI
from twisted.python import log


class LLMClientService(service.BuildbotService):
    name = "llm"

    def checkConfig(self, openai_api_key=None, anthropic_api_key=None,
                    cohere_api_key=None, bedrock_region="us-east-1",
                    default_backend="anthropic", **kwargs):
        if default_backend not in ("openai", "anthropic", "bedrock", "cohere"):
            from buildbot import config
            config.error(f"LLMClientService: unknown default_backend {default_backend!r}")

    async def reconfigService(self, openai_api_key=None, anthropic_api_key=None,
                              cohere_api_key=None, bedrock_region="us-east-1",
                              default_backend="anthropic", **kwargs):
        self.default_backend = default_backend
        self.openai = OpenAI(api_key=openai_api_key, max_retries=2) if openai_api_key else None
        self.anthropic = (
            anthropic.Anthropic(api_key=anthropic_api_key) if anthropic_api_key else None
        )
        self.cohere = cohere.ClientV2(api_key=cohere_api_key) if cohere_api_key else None
        self.bedrock = boto3.client("bedrock-runtime", region_name=bedrock_region)
        log.msg(f"LLMClientService configured (default={default_backend})")


def get_llm_service(master):
    try:
        return master.namedServices["llm"]
    except KeyError:
        return None
