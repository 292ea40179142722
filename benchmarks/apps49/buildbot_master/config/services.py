"""Reporters and services for c['services']."""
from buildbot.plugins import reporters, util

from llm.service import LLMClientService
from reporters import GitHubFailureComment, LLMStatusPush, SlackFailureDigest
from reporters.formatters import SummarizingMailFormatter


def make_services(dashboard_url):
    mail = reporters.MailNotifier(
        fromaddr="buildbot@example.com",
        sendToInterestedUsers=True,
        relayhost="smtp.internal",
        generators=[reporters.BuildStatusGenerator(
            mode=("failing", "problem"),
            message_formatter=SummarizingMailFormatter(),
        )],
    )
    return [
        LLMClientService(
            openai_api_key=util.Secret("openai-api-key"),
            anthropic_api_key=util.Secret("anthropic-api-key"),
            cohere_api_key=util.Secret("cohere-api-key"),
            bedrock_region="us-east-1",
            default_backend="anthropic",
        ),
        LLMStatusPush(serverUrl=dashboard_url, auth=("buildbot", util.Secret("dash-pass")),
                      provider="anthropic"),
        SlackFailureDigest(webhook_url=util.Secret("slack-webhook-ci")),
        GitHubFailureComment(token=util.Secret("github-token")),
        mail,
    ]
