"""Behavior storing the AI generated summary on a content item."""
from acme.aiassist import _
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.component import adapter
from zope.interface import implementer
from zope.interface import provider
from plone.dexterity.interfaces import IDexterityContent


@provider(IFormFieldProvider)
class IAISummary(model.Schema):
    """Add an AI summary field."""

    model.fieldset(
        "ai",
        label=_("AI"),
        fields=["ai_summary", "ai_summary_model", "ai_summary_locked"],
    )

    ai_summary = schema.Text(
        title=_("AI summary"),
        description=_("Generated automatically; you can edit it."),
        required=False,
    )

    directives.mode(ai_summary_model="display")
    ai_summary_model = schema.TextLine(
        title=_("Generated with"), required=False
    )

    ai_summary_locked = schema.Bool(
        title=_("Do not regenerate"),
        description=_("Keep the summary as edited by hand."),
        required=False,
        default=False,
    )


@implementer(IAISummary)
@adapter(IDexterityContent)
class AISummary:
    def __init__(self, context):
        self.context = context

    @property
    def ai_summary(self):
        return getattr(self.context, "ai_summary", None)

    @ai_summary.setter
    def ai_summary(self, value):
        self.context.ai_summary = value

    @property
    def ai_summary_model(self):
        return getattr(self.context, "ai_summary_model", None)

    @ai_summary_model.setter
    def ai_summary_model(self, value):
        self.context.ai_summary_model = value

    @property
    def ai_summary_locked(self):
        return getattr(self.context, "ai_summary_locked", False)

    @ai_summary_locked.setter
    def ai_summary_locked(self, value):
        self.context.ai_summary_locked = bool(value)
