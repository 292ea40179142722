"""Custom actions for the Telvio support assistant.

``rasa run actions --actions actions`` imports this package; the SDK discovers every
``Action`` subclass that is importable from here.
"""
from actions.action_billing import (
    ActionCheckBalance,
    ActionExplainBill,
    ActionMatchPlanName,
    ActionRecommendPlan,
    ActionSendInvoice,
)
from actions.action_fallback import ActionClarifyIntent, ActionLLMIntentFallback, ActionOutOfScope
from actions.action_faq import ActionAnswerFAQ, ActionAnswerFAQStreamingChannel
from actions.action_handoff import ActionDraftAgentReply, ActionHandoffToAgent
from actions.action_rephrase import ActionRephraseResponse
from actions.action_sentiment import ActionCheckSentiment
from actions.action_summary import ActionQuickRecap, ActionSummarizeConversation, ActionSummarizeForTicket
from actions.forms import ValidateSimSwapForm, ValidateTechnicianVisitForm, ValidateTroubleshootForm
from actions.legacy_actions import ActionOldFAQ, ActionOnPremGreeting, ActionSmallTalk, ActionSmallTalkRaw
from actions.action_troubleshoot import ActionSuggestFix, ActionTranslateReply

__all__ = [
    "ActionAnswerFAQ",
    "ActionAnswerFAQStreamingChannel",
    "ActionCheckBalance",
    "ActionCheckSentiment",
    "ActionClarifyIntent",
    "ActionDraftAgentReply",
    "ActionExplainBill",
    "ActionHandoffToAgent",
    "ActionLLMIntentFallback",
    "ActionMatchPlanName",
    "ActionOldFAQ",
    "ActionOnPremGreeting",
    "ActionOutOfScope",
    "ActionQuickRecap",
    "ActionRecommendPlan",
    "ActionRephraseResponse",
    "ActionSendInvoice",
    "ActionSmallTalk",
    "ActionSmallTalkRaw",
    "ActionSuggestFix",
    "ActionSummarizeConversation",
    "ActionSummarizeForTicket",
    "ActionTranslateReply",
    "ValidateSimSwapForm",
    "ValidateTechnicianVisitForm",
    "ValidateTroubleshootForm",
]
