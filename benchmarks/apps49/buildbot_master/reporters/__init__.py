from reporters.llm_status_push import LLMStatusPush
from reporters.slack_digest import SlackFailureDigest
from reporters.github_comment import GitHubFailureComment

__all__ = ["LLMStatusPush", "SlackFailureDigest", "GitHubFailureComment"]
