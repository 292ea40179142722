from django import forms
from netbox.forms import NetBoxModelFilterSetForm, NetBoxModelForm
from utilities.forms.fields import TagFilterField
from utilities.forms.rendering import FieldSet

from .choices import ProviderChoices
from .models import Conversation, ObjectSummary, PromptTemplate


class PromptTemplateForm(NetBoxModelForm):
    fieldsets = (
        FieldSet("name", "description", name="Template"),
        FieldSet("system_prompt", "user_template", name="Prompts"),
        FieldSet("provider", "model_name", "tags", name="Model"),
    )

    class Meta:
        model = PromptTemplate
        fields = ("name", "description", "system_prompt", "user_template", "provider", "model_name", "tags")


class PromptTemplateFilterForm(NetBoxModelFilterSetForm):
    model = PromptTemplate
    provider = forms.MultipleChoiceField(choices=ProviderChoices, required=False)
    tag = TagFilterField(model)


class ObjectSummaryFilterForm(NetBoxModelFilterSetForm):
    model = ObjectSummary
    provider = forms.MultipleChoiceField(choices=ProviderChoices, required=False)
    tag = TagFilterField(model)


class ConversationForm(NetBoxModelForm):
    class Meta:
        model = Conversation
        fields = ("title", "provider", "model_name", "tags")


class AskForm(forms.Form):
    question = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    provider = forms.ChoiceField(choices=ProviderChoices, required=False)
    include_journal = forms.BooleanField(required=False, initial=True)


class ConfigReviewForm(forms.Form):
    provider = forms.ChoiceField(
        choices=[("openai", "OpenAI"), ("azure", "Azure OpenAI")],
        initial="azure",
    )
    stream = forms.BooleanField(required=False)
