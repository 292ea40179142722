import django_filters
from django.db.models import Q
from netbox.filtersets import NetBoxModelFilterSet

from .choices import ProviderChoices, SummaryStatusChoices
from .models import Conversation, ObjectSummary, PromptTemplate


class PromptTemplateFilterSet(NetBoxModelFilterSet):
    provider = django_filters.MultipleChoiceFilter(choices=ProviderChoices)

    class Meta:
        model = PromptTemplate
        fields = ("id", "name", "provider", "model_name")

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(description__icontains=value))


class ObjectSummaryFilterSet(NetBoxModelFilterSet):
    provider = django_filters.MultipleChoiceFilter(choices=ProviderChoices)
    status = django_filters.MultipleChoiceFilter(choices=SummaryStatusChoices)

    class Meta:
        model = ObjectSummary
        fields = ("id", "assigned_object_type", "assigned_object_id", "provider", "status")

    def search(self, queryset, name, value):
        return queryset.filter(text__icontains=value)


class ConversationFilterSet(NetBoxModelFilterSet):
    class Meta:
        model = Conversation
        fields = ("id", "title", "provider", "user")

    def search(self, queryset, name, value):
        return queryset.filter(title__icontains=value)
